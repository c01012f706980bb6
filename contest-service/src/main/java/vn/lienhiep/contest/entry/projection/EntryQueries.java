package vn.lienhiep.contest.entry.projection;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import vn.lienhiep.contest.common.projection.JsonDocuments;
import vn.lienhiep.platform.readmodel.PageResult;
import vn.lienhiep.platform.readmodel.TextSearch;

/** Reads of the {@code contest_entries} read model. */
@Component
public class EntryQueries {

    private final MongoTemplate mongo;
    private final JsonDocuments json;

    public EntryQueries(MongoTemplate mongo, JsonDocuments json) {
        this.mongo = mongo;
        this.json = json;
    }

    public Optional<EntryView> find(String id) {
        return Optional.ofNullable(mongo.findById(id, Document.class, EntryProjection.COLLECTION))
                       .map(d -> json.read(d, EntryView.class));
    }

    /**
     * @param panelJudge only entries whose field's sub-panel has this judge (a judge's own view); null for all
     * @param author     only entries this person is an author of (an entrant's own view); null for all
     * @param q          words of the title, with or without diacritics
     */
    public PageResult<EntryView> search(String editionId, String field, String status, String panelJudge,
                                        String author, String q, int page, int size) {
        List<Criteria> filters = new ArrayList<>();
        if (editionId != null) {
            filters.add(Criteria.where("editionId").is(editionId));
        }
        if (field != null) {
            filters.add(Criteria.where("field").is(field));
        }
        if (status != null) {
            filters.add(Criteria.where("status").is(status));
        }
        if (panelJudge != null) {
            filters.add(Criteria.where("panelJudges").is(panelJudge));
        }
        if (author != null) {
            filters.add(Criteria.where("authorPersons").is(author));
        }
        Criteria words = q == null ? null : TextSearch.matchingAllWords("searchTitle", q);
        if (words != null) { // a query without words (blank, only symbols or control characters) filters nothing
            filters.add(words);
        }
        Query query = filters.isEmpty() ? new Query()
                : new Query(new Criteria().andOperator(filters.toArray(new Criteria[0])));
        long total = mongo.count(query, EntryProjection.COLLECTION);
        query.with(Sort.by("editionId").and(Sort.by("entryNo"))).skip((long) page * size).limit(size);
        return PageResult.of(mongo.find(query, Document.class, EntryProjection.COLLECTION).stream()
                                  .map(d -> json.read(d, EntryView.class)).toList(), page, size, total);
    }
}
