internal import CXlsxWriter

/// Writes a sheet as an .xlsx workbook through libxlsxwriter. Every cell is a string cell,
/// never a formula or a number, so `=1+1` stays text and `0701740607` keeps its zero.
public enum XLSXFile {
  public struct WriteError: Error, Sendable, CustomStringConvertible {
    public let description: String
  }

  public static func write(_ rows: [[String]], sheetName: String, to path: String) throws(WriteError) {
    guard let workbook = workbook_new(path) else {
      throw WriteError(description: "cannot create \(path)")
    }
    guard let sheet = workbook_add_worksheet(workbook, sheetName) else {
      workbook_close(workbook)
      throw WriteError(description: "cannot add a sheet")
    }
    for (rowIndex, row) in rows.enumerated() {
      for (columnIndex, cell) in row.enumerated() where !cell.isEmpty {
        let result = worksheet_write_string(sheet, lxw_row_t(rowIndex), lxw_col_t(columnIndex), cell, nil)
        guard result == LXW_NO_ERROR else {
          workbook_close(workbook)
          throw WriteError(description: String(cString: lxw_strerror(result)))
        }
      }
    }
    let closed = workbook_close(workbook)
    guard closed == LXW_NO_ERROR else { throw WriteError(description: String(cString: lxw_strerror(closed))) }
  }
}
