public enum TallyStatsVersion { public static let placeholder = 0 }
