/// One panel of a small-multiples chart: its title (a group or a category), a caption saying
/// who counts what (the counting body and the measure), and how its figures are drawn.
public struct FacetPanel: Sendable, Codable, Equatable {
    /// How a panel draws its figures.
    public enum Marks: String, Sendable, Codable, CaseIterable {
        /// People held on a date, or a running total: a line through the figures.
        case line
        /// Counts over a period (prosecutions in a year): a bar per figure, never joined to the
        /// next by a line, as a stock would be.
        case bars
    }

    public var title: String
    /// The series a panel titled by a group stands for ("General list (non-religious cases)").
    public var subject: String
    /// "Memorial · count on a date": who counts and what, in the chart's language.
    public var caption: String
    public var marks: Marks

    public init(title: String, subject: String = "", caption: String = "", marks: Marks = .line) {
        self.title = title
        self.subject = subject
        self.caption = caption
        self.marks = marks
    }

    enum CodingKeys: String, CodingKey { case title, subject, caption, marks }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        title = try c.decode(String.self, forKey: .title)
        subject = try c.decodeIfPresent(String.self, forKey: .subject) ?? ""
        caption = try c.decodeIfPresent(String.self, forKey: .caption) ?? ""
        marks = try ChartSpec.decodeChoice(Marks.self, c, .marks, required: false) ?? .line
    }
}
