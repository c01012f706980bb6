package vn.lienhiep.contest.history.imports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import vn.lienhiep.contest.common.domain.ContestField;
import vn.lienhiep.contest.common.domain.ContestType;
import vn.lienhiep.contest.common.domain.PrizeLevel;
import vn.lienhiep.contest.history.domain.PastAuthor;
import vn.lienhiep.contest.history.domain.PastEdition;
import vn.lienhiep.contest.history.domain.PastEditionCommands;
import vn.lienhiep.contest.history.domain.PastNational;
import vn.lienhiep.kernel.Outcome;
import vn.lienhiep.kernel.text.VietnameseText;
import vn.lienhiep.platform.commands.CommandDispatcher;
import vn.lienhiep.platform.imports.Cells;
import vn.lienhiep.platform.imports.RowImporter;
import vn.lienhiep.platform.security.Caller;

/**
 * Past editions from a spreadsheet, one row per entry (kind {@code past-entries}): the programme, the edition's number
 * and year, the entry's number, field, title, authors ("Lò Văn A*; Cầm Thị B [person-id]": a star marks the principal
 * author, the first one otherwise; brackets give membership's person id when known), unit, provincial prize and the
 * national result. Importing the same file again records nothing twice; a corrected row is recorded as a correction.
 */
@Component
public class PastEntryRowImporter implements RowImporter {

    private static final Pattern AUTHOR = Pattern.compile("^(.*?)\\s*(\\*)?\\s*(?:\\[([^\\]]+)])?\\s*(\\*)?$");

    private final CommandDispatcher commands;

    public PastEntryRowImporter(CommandDispatcher commands) {
        this.commands = commands;
    }

    @Override
    public String kind() {
        return "past-entries";
    }

    @Override
    public Map<String, List<String>> columns() {
        Map<String, List<String>> c = new LinkedHashMap<>();
        c.put("type", List.of("cuoc thi", "chuong trinh", "loai", "type"));
        c.put("ordinal", List.of("lan thu", "ky thu", "ordinal"));
        c.put("awardYear", List.of("nam", "nam trao giai", "award year"));
        c.put("label", List.of("ten ky thi", "label"));
        c.put("entryNo", List.of("so ho so", "ma ho so", "entry no"));
        c.put("field", List.of("linh vuc", "field"));
        c.put("title", List.of("ten giai phap", "ten san pham", "ten mo hinh", "title"));
        c.put("authors", List.of("tac gia", "tac gia va dong tac gia", "authors"));
        c.put("unit", List.of("don vi", "truong", "unit"));
        c.put("level", List.of("giai", "giai tinh", "level"));
        c.put("nationalEdition", List.of("toan quoc lan thu", "national edition"));
        c.put("nationalLevel", List.of("giai toan quoc", "national level"));
        c.put("medal", List.of("huy chuong", "medal"));
        c.put("nationalYear", List.of("nam toan quoc", "national year"));
        return c;
    }

    @Override
    public List<String> requiredColumns() {
        return List.of("type", "ordinal", "awardYear", "entryNo", "field", "title", "authors");
    }

    @Override
    public RowResult importRow(Cells row, Caller actingUser) {
        // Parse and check every value BEFORE the command, so a bad row changes nothing.
        ContestType type = row.choice("type", ContestType.values(), t -> List.of(t.labelVi(), t.labelEn(),
                        t == ContestType.YOUTH_CREATIVITY ? "Cuộc thi Sáng tạo TTNNĐ" : t.labelVi()))
                .orElseThrow(() -> new RowRejected("type", "Thiếu tên cuộc thi.", "Programme missing."));
        int ordinal = row.count("ordinal").filter(n -> n >= 1 && n <= 200).orElseThrow(() ->
                new RowRejected("ordinal", "Số thứ tự kỳ thi phải từ 1 đến 200.", "The edition number must be 1–200."));
        int year = row.count("awardYear").filter(y -> y >= 1980 && y <= 2100).orElseThrow(() ->
                new RowRejected("awardYear", "Năm phải từ 1980 đến 2100.", "The year must be 1980–2100."));
        String field = field(type, row.required("field"));
        List<PastAuthor> authors = authors(row.required("authors"));
        PrizeLevel level = row.choice("level", PrizeLevel.values(), EntryLabels::of).orElse(null);
        PastNational national = national(row);
        String label = row.text("label").orElse("lần thứ " + ordinal);
        String id = PastEditionCommands.idOf(type, ordinal);
        Outcome outcome = commands.sendAs(actingUser, new PastEditionCommands.RecordPastEntry(id, type, ordinal, year,
                label, row.required("entryNo"), field, VietnameseText.clean(row.required("title")), authors,
                row.text("unit").orElse(null), level, national));
        return PastEdition.UNCHANGED.equals(outcome.status())
                ? RowResult.skipped(id, "Đã ghi nhận hồ sơ này. / Already recorded.") : RowResult.applied(id);
    }

    /** A standard field by its code or name; a field the programme does not list is kept as written. */
    private static String field(ContestType type, String text) {
        String folded = VietnameseText.fold(text);
        return ContestField.standard(type).stream()
                .filter(f -> f.code().equalsIgnoreCase(text) || VietnameseText.fold(f.labelVi()).equals(folded))
                .map(ContestField::code).findFirst().orElse(VietnameseText.clean(text));
    }

    static List<PastAuthor> authors(String cell) {
        List<PastAuthor> authors = new ArrayList<>();
        boolean starred = false;
        for (String part : cell.split("[;\\n]")) {
            if (part.isBlank()) {
                continue;
            }
            Matcher m = AUTHOR.matcher(part.strip());
            if (!m.matches() || m.group(1).isBlank()) {
                throw new RowRejected("authors", "Không đọc được tác giả: \"" + part.strip() + "\".",
                                      "Cannot read the author \"" + part.strip() + "\".");
            }
            boolean principal = m.group(2) != null || m.group(4) != null;
            if (principal && starred) {
                throw new RowRejected("authors", "Chỉ một tác giả chính (đánh dấu *).",
                                      "Only one principal author (marked *).");
            }
            starred |= principal;
            authors.add(new PastAuthor(VietnameseText.clean(m.group(1)), m.group(3), principal));
        }
        if (authors.isEmpty()) {
            throw new RowRejected("authors", "Thiếu tác giả.", "No author.");
        }
        if (!starred) {
            PastAuthor first = authors.get(0);
            authors.set(0, new PastAuthor(first.name(), first.personId(), true));
        }
        return authors;
    }

    private static PastNational national(Cells row) {
        Optional<Integer> nationalYear = row.count("nationalYear");
        Optional<Integer> edition = row.count("nationalEdition");
        Optional<PrizeLevel> level = row.choice("nationalLevel", PrizeLevel.values(), EntryLabels::of);
        Optional<String> medal = row.choice("medal", Medals.values(), Medals::labels).map(Enum::name);
        if (nationalYear.isEmpty() && edition.isEmpty() && level.isEmpty() && medal.isEmpty()) {
            return null;
        }
        int year = nationalYear.filter(y -> y >= 1980 && y <= 2100).orElseThrow(() -> new RowRejected("nationalYear",
                "Cần năm dự thi toàn quốc (1980–2100).", "The national contest's year (1980–2100) is needed."));
        return new PastNational(edition.orElse(null), level.orElse(null), medal.orElse("NONE"), year);
    }

    /** The medals as a paper record writes them. */
    enum Medals {
        GOLD, SILVER, BRONZE, NONE;

        static List<String> labels(Medals m) {
            return switch (m) {
                case GOLD -> List.of("Huy chương vàng", "vàng", "HCV", "gold");
                case SILVER -> List.of("Huy chương bạc", "bạc", "HCB", "silver");
                case BRONZE -> List.of("Huy chương đồng", "đồng", "HCĐ", "bronze");
                case NONE -> List.of("không", "none");
            };
        }
    }

    /** A prize level as written: "Giải Nhất", "Nhất", "Khuyến khích", "KK". */
    static final class EntryLabels {
        static List<String> of(PrizeLevel level) {
            String short_ = level.labelVi().replaceFirst("^Giải ", "");
            return level == PrizeLevel.CONSOLATION ? List.of(level.labelVi(), short_, "KK", level.labelEn())
                    : List.of(level.labelVi(), short_, level.labelEn());
        }

        private EntryLabels() {
        }
    }
}
