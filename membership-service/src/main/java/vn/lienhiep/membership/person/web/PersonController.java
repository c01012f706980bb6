package vn.lienhiep.membership.person.web;

import java.util.List;

import java.net.URI;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.lienhiep.platform.web.OutcomeResponses;
import vn.lienhiep.membership.common.projection.HistoryLine;
import vn.lienhiep.membership.common.projection.HistoryQueries;
import vn.lienhiep.membership.person.domain.Degree;
import vn.lienhiep.membership.person.domain.PersonCommands;
import vn.lienhiep.membership.person.domain.PersonField;
import vn.lienhiep.membership.person.domain.WorkSector;
import vn.lienhiep.membership.person.projection.PersonQueries;
import vn.lienhiep.membership.person.projection.PersonView;
import vn.lienhiep.membership.person.subscriptions.ContestAchievementQueries;
import vn.lienhiep.platform.commands.CommandDispatcher;
import vn.lienhiep.kernel.Outcome;
import vn.lienhiep.platform.readmodel.PageResult;
import vn.lienhiep.platform.web.ResourceNotFoundException;
import vn.lienhiep.platform.security.Caller;
import vn.lienhiep.platform.security.Callers;
import vn.lienhiep.membership.common.web.MembershipScope;
import vn.lienhiep.platform.web.Versions;

/**
 * Persons (cá nhân, trí thức) and their memberships. Writes answer with the command's outcome at once; reads come from
 * the read model, which follows within milliseconds.
 */
@RestController
@RequestMapping(PersonController.PATH)
public class PersonController {

    public static final String PATH = "/api/membership/persons";

    private final CommandDispatcher commands;
    private final PersonQueries queries;
    private final HistoryQueries history;
    private final ContestAchievementQueries achievements;

    public PersonController(CommandDispatcher commands, PersonQueries queries, HistoryQueries history,
                            ContestAchievementQueries achievements) {
        this.achievements = achievements;
        this.commands = commands;
        this.queries = queries;
        this.history = history;
    }

    @PostMapping
    public ResponseEntity<Outcome> register(@Valid @RequestBody PersonRequests.Registration body) {
        Outcome outcome = commands.send(new PersonCommands.RegisterPerson(UUID.randomUUID().toString(),
                                                                          body.profile(), body.contact()));
        return OutcomeResponses.created(PATH, outcome);
    }

    private static final String SORT_DOC = "Order: fullName (Vietnamese alphabetical order); a leading '-' sorts"
            + " descending. Default: by name, diacritics ignored.";

    @GetMapping
    public PageResult<PersonView> search(@RequestParam(required = false) @Size(max = 200) String q,
                                         @RequestParam(required = false) Degree degree,
                                         @RequestParam(required = false) PersonField field,
                                         @RequestParam(required = false) WorkSector sector,
                                         @RequestParam(required = false) @Size(max = 64) String organizationId,
                                         @RequestParam(required = false) @Parameter(description = SORT_DOC,
                                                 schema = @Schema(allowableValues = {"fullName", "-fullName"}))
                                         String sort,
                                         @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                                         @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        Sort order = PersonQueries.SORTS.parse(sort);
        Caller caller = Callers.current();
        String organization = organizationId;
        if (MembershipScope.isScoped(caller)) {
            // An officer searches their own members; naming another organisation finds nobody.
            if (organizationId != null && !organizationId.equals(caller.organizationId())) {
                return PageResult.of(List.of(), page, size, 0);
            }
            organization = caller.organizationId() == null ? "\u0000none" : caller.organizationId();
        }
        return queries.search(q, degree == null ? null : degree.name(), field == null ? null : field.name(),
                              sector == null ? null : sector.name(), organization, order, page, size)
                      .map(person -> PersonScope.visibleTo(caller, person));
    }

    @GetMapping("/{id}")
    public ResponseEntity<PersonView> get(@PathVariable String id) {
        PersonView view = queries.find(id).orElseThrow(() -> new ResourceNotFoundException("person", id));
        return ResponseEntity.ok().eTag(Versions.etag(view.version())).body(PersonScope.visibleTo(Callers.current(), view));
    }

    /** The prizes the contest awarded this person (learned from its public events), newest first. */
    @GetMapping("/{id}/contest-achievements")
    public List<ContestAchievementQueries.ContestAchievement> contestAchievements(@PathVariable String id) {
        PersonView person = queries.find(id).orElseThrow(() -> new ResourceNotFoundException("person", id));
        PersonScope.visibleTo(Callers.current(), person);
        return achievements.of(id);
    }

    @GetMapping("/{id}/history")
    public PageResult<HistoryQueries.HistoryEntryView> history(@PathVariable String id,
                                                               @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                                                               @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        PersonView person = queries.find(id).orElseThrow(() -> new ResourceNotFoundException("person", id));
        Caller caller = Callers.current();
        // An officer reads the person's history without the lines about memberships in other organisations.
        List<String> elsewhere = !MembershipScope.isScoped(caller) ? List.of() : person.memberships().stream()
                .map(PersonView.MembershipEntry::organizationId)
                .filter(org -> !org.equals(caller.organizationId())).distinct().map(HistoryLine::organization).toList();
        return history.of(HistoryLine.person(id), elsewhere, page, size);
    }

    @PostMapping("/{id}/profile")
    public ResponseEntity<Outcome> updateProfile(@PathVariable String id,
                                                 @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                                 @Valid @RequestBody PersonRequests.ProfileUpdate body) {
        return OutcomeResponses.changed(commands.send(new PersonCommands.UpdateProfile(
                id, body.profile(), body.contact(), body.effectiveDate(), Versions.fromIfMatch(ifMatch))));
    }

    @PostMapping("/{id}/memberships")
    public ResponseEntity<PersonRequests.MembershipCreated> startMembership(
            @PathVariable String id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody PersonRequests.MembershipStart body) {
        MembershipScope.requireOwnOrganization(Callers.current(), body.organizationId());
        Outcome outcome = commands.send(new PersonCommands.StartMembership(
                id, UUID.randomUUID().toString(), body.organizationId(), body.memberType(), body.since(),
                !Boolean.FALSE.equals(body.continuous()), Versions.fromIfMatch(ifMatch)));
        return ResponseEntity.created(URI.create(PATH + "/" + id))
                             .eTag(Versions.etag(outcome.version()))
                             .body(new PersonRequests.MembershipCreated(outcome.id(), id, outcome.status(),
                                                                        outcome.version()));
    }

    @PostMapping("/{id}/memberships/{membershipId}/end")
    public ResponseEntity<Outcome> endMembership(@PathVariable String id, @PathVariable String membershipId,
                                                 @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                                 @Valid @RequestBody PersonRequests.MembershipEnd body) {
        return OutcomeResponses.changed(commands.send(new PersonCommands.EndMembership(
                id, membershipId, body.until(), body.reason(), Versions.fromIfMatch(ifMatch))));
    }
}
