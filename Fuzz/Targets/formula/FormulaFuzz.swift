import TallyStats

/// libFuzzer entry point: the bytes as a `stats regress --formula` text through
/// `RegressionFormula`. An accepted formula is written back (`description`) and read again: it
/// must read as the same formula (when the written form is within `maximumLength`: it adds
/// spaces around `+`, so a formula typed close to the limit writes back longer than it), and a
/// design row must have one value per coefficient.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzFormula(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = size == 0 ? [] : Array(UnsafeBufferPointer(start: data, count: size))
    let text = String(decoding: bytes, as: UTF8.self)
    guard let formula = try? RegressionFormula(text) else { return 0 }
    _ = formula.variables
    let row = formula.designRow { name in Double(name.utf8.count) }
    precondition(row.count == formula.coefficientNames.count,
                 "\(row.count) design values for \(formula.coefficientNames.count) coefficients in '\(formula)'")
    let written = formula.description
    guard written.count <= RegressionFormula.maximumLength else { return 0 }
    guard let reread = try? RegressionFormula(written) else {
        fatalError("'\(text)' reads as '\(written)', which does not read back")
    }
    precondition(reread == formula, "'\(text)' reads as '\(written)', which reads back as '\(reread)'")
    return 0
}
