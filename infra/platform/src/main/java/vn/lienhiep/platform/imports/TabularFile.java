package vn.lienhiep.platform.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

import vn.lienhiep.kernel.InvalidInput;
import vn.lienhiep.kernel.text.VietnameseText;

/**
 * A CSV or XLSX file as rows of (header → text). Headers are matched folded (no diacritics, lower case, single
 * spaces), so "Tên tổ chức", "TEN TO CHUC" and "tên  tổ chức" are the same column. Row numbers are the ones a user
 * sees in a spreadsheet (the header is row 1).
 */
public record TabularFile(List<String> headers, List<Line> lines) {

    public record Line(int rowNumber, Map<String, String> cells) {
        public boolean blank() {
            return cells.values().stream().allMatch(v -> v == null || v.isBlank());
        }
    }

    /** The upload is no spreadsheet the platform can read: a malformed request (400 naming the {@code file}). */
    public static class UnreadableFileException extends InvalidInput {
        public UnreadableFileException(String messageVi, String messageEn) {
            super("file", messageVi, messageEn);
        }
    }

    public static String header(String raw) {
        return VietnameseText.fold(raw == null ? "" : raw.replace('\uFEFF', ' ')).replace('_', ' ').trim()
                             .replaceAll("\\s+", " ");
    }

    public static TabularFile read(String fileName, byte[] content) {
        boolean zip = content.length > 3 && content[0] == 'P' && content[1] == 'K';
        String name = fileName == null ? "" : fileName.toLowerCase();
        if (zip || name.endsWith(".xlsx")) {
            return xlsx(content);
        }
        if (name.endsWith(".xls")) {
            throw new UnreadableFileException("Định dạng .xls cũ không được hỗ trợ; hãy lưu thành .xlsx hoặc .csv.",
                                              "Legacy .xls is not supported; save as .xlsx or .csv.");
        }
        return csv(content);
    }

    static TabularFile csv(byte[] content) {
        String text = new String(content, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String firstLine = text.lines().findFirst().orElse("");
        // Vietnamese Excel exports CSV with ';' (the decimal separator is ','): take whichever splits the header more.
        char delimiter = count(firstLine, ';') > count(firstLine, ',') ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setTrim(true)
                                            .setIgnoreEmptyLines(true).get();
        try (Reader reader = new java.io.StringReader(text); CSVParser parser = CSVParser.parse(reader, format)) {
            List<CSVRecord> records = parser.getRecords();
            if (records.isEmpty()) {
                throw new UnreadableFileException("Tệp rỗng.", "The file is empty.");
            }
            List<String> headers = records.get(0).stream().map(TabularFile::header).toList();
            List<Line> lines = new ArrayList<>();
            for (int i = 1; i < records.size(); i++) {
                CSVRecord record = records.get(i);
                Map<String, String> cells = new LinkedHashMap<>();
                for (int c = 0; c < headers.size(); c++) {
                    cells.put(headers.get(c), c < record.size() ? record.get(c) : null);
                }
                lines.add(new Line((int) record.getRecordNumber(), cells));
            }
            return new TabularFile(headers, lines);
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            throw new UnreadableFileException("Không đọc được tệp CSV: " + e.getMessage(), "Unreadable CSV: " + e.getMessage());
        }
    }

    static TabularFile xlsx(byte[] content) {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getFirstSheet();
            List<Row> rows = sheet.read();
            if (rows.isEmpty()) {
                throw new UnreadableFileException("Tệp rỗng.", "The file is empty.");
            }
            Row headerRow = rows.get(0);
            List<String> headers = new ArrayList<>();
            for (int c = 0; c < headerRow.getCellCount(); c++) {
                headers.add(header(text(headerRow.getCell(c))));
            }
            List<Line> lines = new ArrayList<>();
            for (int r = 1; r < rows.size(); r++) {
                Row row = rows.get(r);
                Map<String, String> cells = new LinkedHashMap<>();
                for (int c = 0; c < headers.size(); c++) {
                    cells.put(headers.get(c), c < row.getCellCount() ? text(row.getCell(c)) : null);
                }
                lines.add(new Line(row.getRowNum(), cells));
            }
            return new TabularFile(headers, lines);
        } catch (IOException | RuntimeException e) {
            if (e instanceof UnreadableFileException u) {
                throw u;
            }
            throw new UnreadableFileException("Không đọc được tệp XLSX: " + e.getMessage(), "Unreadable XLSX: " + e.getMessage());
        }
    }

    private static String text(Cell cell) {
        if (cell == null || cell.getType() == CellType.EMPTY) {
            return null;
        }
        if (cell.getType() == CellType.NUMBER) {
            // Date cells arrive as Excel day serials; Cells.date knows how to read them.
            BigDecimal number = cell.asNumber();
            return number.stripTrailingZeros().toPlainString();
        }
        if (cell.getType() == CellType.BOOLEAN) {
            return String.valueOf(cell.asBoolean());
        }
        return cell.getText();
    }

    private static long count(String s, char c) {
        return s.chars().filter(ch -> ch == c).count();
    }

    @Override
    public String toString() {
        return headers.stream().collect(Collectors.joining(",")) + " (" + lines.size() + " rows)";
    }
}
