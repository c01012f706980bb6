package vn.lienhiep.contest.statistics.projection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import vn.lienhiep.contest.statistics.projection.ContestReport.EditionRow;
import vn.lienhiep.contest.statistics.projection.ContestReport.Measure;
import vn.lienhiep.contest.statistics.projection.ContestReport.NationalRow;

/** The contest's reports, counted from {@link ContestStatisticsProjection}'s facts as of a date. */
@Component
public class ContestStatisticsQueries {

    private final MongoTemplate mongo;

    public ContestStatisticsQueries(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @SuppressWarnings("unchecked")
    public ContestReport report(String type, LocalDate asOf) {
        String day = asOf.toString();
        List<Document> editions = mongo.find(new Query(Criteria.where("type").is(type)), Document.class,
                                             ContestStatisticsProjection.EDITIONS);
        List<Document> entries = mongo.find(new Query(Criteria.where("type").is(type)), Document.class,
                                            ContestStatisticsProjection.ENTRIES);
        Map<String, Document> editionById = new LinkedHashMap<>();
        editions.forEach(e -> editionById.put(e.getString("_id"), e));

        int awardedEditions = (int) editions.stream()
                .filter(e -> !e.getBoolean("cancelled", false) && by(e.getString("awardedOn"), day)).count();
        List<Document> competing = entries.stream().filter(e -> by(e.getString("competingOn"), day)
                                                               && !by(e.getString("outOn"), day)).toList();
        Set<String> distinct = new HashSet<>();
        Set<String> units = new HashSet<>();
        int participations = 0;
        Map<String, Integer> byField = new TreeMap<>();
        Map<String, Integer> awardedByLevel = new TreeMap<>();
        Map<String, Integer> awardedByField = new TreeMap<>();
        int awarded = 0;
        int nominated = 0;
        Map<String, Integer> nationalCounts = new TreeMap<>();
        Map<String, NationalRow> nationalRows = new LinkedHashMap<>();
        int nationalAwards = 0;
        Map<String, EditionAcc> perEdition = new LinkedHashMap<>();
        for (Document e : competing) {
            List<String> authors = (List<String>) e.getOrDefault("authors", List.of());
            List<String> entryUnits = (List<String>) e.getOrDefault("units", List.of());
            participations += authors.size();
            distinct.addAll(authors);
            units.addAll(entryUnits);
            String field = e.getString("field");
            byField.merge(field, 1, Integer::sum);
            EditionAcc acc = perEdition.computeIfAbsent(e.getString("editionKey"), k -> new EditionAcc());
            acc.entries++;
            acc.participations += authors.size();
            acc.units.addAll(entryUnits);
            acc.byField.merge(field, 1, Integer::sum);
            boolean holdsPrize = e.getString("level") != null && by(e.getString("awardedOn"), day)
                                 && !by(e.getString("revokedOn"), day);
            if (holdsPrize) {
                awarded++;
                awardedByLevel.merge(e.getString("level"), 1, Integer::sum);
                awardedByField.merge(field, 1, Integer::sum);
                acc.byLevel.merge(e.getString("level"), 1, Integer::sum);
            }
            if (by(e.getString("nominatedOn"), day)) {
                nominated++;
                acc.sent++;
            }
            for (Document n : (List<Document>) e.getOrDefault("national", List.of())) {
                Integer year = n.getInteger("year");
                if (year != null && year > asOf.getYear()) {
                    continue;
                }
                String key = n.get("nationalEdition") + "|" + year + "|" + n.getString("level") + "|"
                             + n.getString("medal");
                nationalCounts.merge(key, 1, Integer::sum);
                nationalRows.put(key, new NationalRow((Integer) n.get("nationalEdition"), year, n.getString("level"),
                                                      n.getString("medal"), nationalCounts.get(key)));
                if (n.getString("level") != null) {
                    nationalAwards++;
                }
            }
        }
        List<EditionRow> rows = new ArrayList<>();
        perEdition.forEach((id, acc) -> {
            Document ed = editionById.get(id);
            rows.add(new EditionRow(id, ed == null ? 0 : ed.getInteger("ordinal", 0),
                                    ed == null ? 0 : ed.getInteger("awardYear", 0),
                                    ed == null ? null : ed.getString("label"), ed != null && ed.getBoolean("past", false),
                                    acc.entries, acc.participations, acc.units.size(), acc.byField, acc.byLevel,
                                    acc.sent));
        });
        rows.sort(Comparator.comparingInt(EditionRow::ordinal));
        List<NationalRow> national = new ArrayList<>(nationalRows.values());
        List<Measure> measures = List.of(
                new Measure("editions", "Số kỳ đã tổ chức", "Editions held", awardedEditions),
                new Measure("entries", "Số giải pháp, sản phẩm dự thi", "Entries", competing.size()),
                new Measure("authorParticipations", "Lượt tác giả và đồng tác giả", "Author participations",
                            participations),
                new Measure("distinctAuthors", "Số tác giả khác nhau", "Distinct authors", distinct.size()),
                new Measure("awardedEntries", "Số giải pháp đạt giải", "Awarded entries", awarded),
                new Measure("nationalAwards", "Số giải toàn quốc", "National awards", nationalAwards));
        return new ContestReport(type, day, awardedEditions, competing.size(), participations, distinct.size(),
                                 awarded, units.size(), byField, awardedByLevel, awardedByField, nominated,
                                 nationalAwards, national, rows, measures);
    }

    private static boolean by(String date, String day) {
        return date != null && date.compareTo(day) <= 0;
    }

    private static final class EditionAcc {
        int entries;
        int participations;
        int sent;
        final Set<String> units = new HashSet<>();
        final Map<String, Integer> byField = new TreeMap<>();
        final Map<String, Integer> byLevel = new TreeMap<>();
    }
}
