package vn.lienhiep.membership.organization.imports;

import vn.lienhiep.platform.security.Caller;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import vn.lienhiep.kernel.DecisionBody;
import vn.lienhiep.membership.organization.domain.OrganizationCommands;
import vn.lienhiep.membership.organization.domain.OrganizationKind;
import vn.lienhiep.membership.organization.domain.OrganizationNameRegistry;
import vn.lienhiep.platform.commands.CommandDispatcher;
import vn.lienhiep.platform.imports.Cells;
import vn.lienhiep.platform.imports.RowImporter;
import vn.lienhiep.kernel.Clocks;
import vn.lienhiep.kernel.DecisionRef;
import vn.lienhiep.kernel.Outcome;
import vn.lienhiep.kernel.text.VietnameseText;

/**
 * Organisations from a spreadsheet, as unions keep them today. A row with an admission decision is recorded as an
 * existing member (from paper); a row without one is an application. Member counts, when given, are reported as of
 * "Tính đến ngày" (default: the admission date). An organisation whose name is already registered is skipped, so
 * importing the same file twice creates nothing twice.
 */
@Component
public class OrganizationRowImporter implements RowImporter {

    private final CommandDispatcher commands;
    private final OrganizationNameRegistry names;
    private final Clock clock;

    public OrganizationRowImporter(CommandDispatcher commands, OrganizationNameRegistry names, Clock clock) {
        this.commands = commands;
        this.names = names;
        this.clock = clock;
    }

    @Override
    public String kind() {
        return "organizations";
    }

    @Override
    public Map<String, List<String>> columns() {
        Map<String, List<String>> c = new LinkedHashMap<>();
        c.put("name", List.of("ten to chuc", "ten hoi", "ten", "name"));
        c.put("shortName", List.of("ten viet tat", "short name", "shortname"));
        c.put("kind", List.of("loai", "loai to chuc", "kind"));
        c.put("field", List.of("linh vuc", "linh vuc hoat dong", "field"));
        c.put("foundingMember", List.of("thanh vien sang lap", "sang lap", "founding member", "foundingmember"));
        c.put("specialStatus", List.of("hoi dac thu", "dac thu", "special status", "specialstatus"));
        c.put("admissionNumber", List.of("so quyet dinh ket nap", "so quyet dinh", "so qd", "admission number"));
        c.put("admissionDate", List.of("ngay quyet dinh", "ngay ket nap", "ngay qd", "admission date"));
        c.put("issuedBy", List.of("co quan quyet dinh", "cap quyet dinh", "issued by"));
        c.put("signer", List.of("nguoi ky", "signer"));
        c.put("members", List.of("so hoi vien", "hoi vien", "members"));
        c.put("intellectualMembers", List.of("so hoi vien tri thuc", "hoi vien tri thuc", "intellectual members"));
        c.put("countsAsOf", List.of("tinh den ngay", "so lieu den ngay", "counts as of"));
        return c;
    }

    @Override
    public List<String> requiredColumns() {
        return List.of("name", "kind", "field");
    }

    @Override
    public RowResult importRow(Cells row, Caller actingUser) {
        // Parse and check every value BEFORE the first command, so a bad row changes nothing.
        String name = VietnameseText.clean(row.required("name"));
        OrganizationKind kind = row.choice("kind", OrganizationKind.values())
                                   .orElseThrow(() -> new RowRejected("kind", "Thiếu loại tổ chức.", "Kind missing."));
        OrganizationCommands.Profile profile = new OrganizationCommands.Profile(name, row.text("shortName").orElse(null),
                kind, row.required("field"), row.flag("foundingMember"), row.flag("specialStatus"), false, null);
        Optional<String> number = row.text("admissionNumber");
        Optional<LocalDate> admissionDate = row.date("admissionDate");
        if (number.isPresent() != admissionDate.isPresent()) {
            throw new RowRejected(number.isPresent() ? "admissionDate" : "admissionNumber",
                    "Số và ngày quyết định kết nạp phải đi cùng nhau.", "Decision number and date go together.");
        }
        DecisionBody issuedBy = row.choice("issuedBy", DecisionBody.values(), b -> List.of()).orElse(DecisionBody.BCH);
        Optional<Integer> members = row.count("members");
        Optional<Integer> intellectuals = row.count("intellectualMembers");
        if (members.isPresent() != intellectuals.isPresent()) {
            throw new RowRejected(members.isPresent() ? "intellectualMembers" : "members",
                    "Cần cả số hội viên và số hội viên trí thức.", "Both member counts are needed.");
        }
        if (members.isPresent() && number.isEmpty()) {
            throw new RowRejected("members", "Chỉ tổ chức đã kết nạp mới báo cáo số hội viên.",
                                  "Only admitted organisations report member counts.");
        }
        LocalDate countsAsOf = row.date("countsAsOf").orElse(admissionDate.orElse(null));
        if (members.isPresent() && intellectuals.get() > members.get()) {
            throw new RowRejected("intellectualMembers", "Số hội viên trí thức lớn hơn tổng số hội viên.",
                                  "More intellectual members than members.");
        }
        if (countsAsOf != null && countsAsOf.isAfter(Clocks.today(clock))) {
            throw new RowRejected("countsAsOf", "Ngày số liệu ở tương lai.", "The date is in the future.");
        }

        Optional<String> existing = names.holderOf(name);
        if (existing.isPresent()) {
            return RowResult.skipped(existing.get(), "Đã có tổ chức cùng tên. / Already registered.");
        }
        String id = UUID.randomUUID().toString();
        if (number.isEmpty()) {
            Outcome outcome = commands.sendAs(actingUser, new OrganizationCommands.Apply(id, profile,
                                                                                         Clocks.today(clock), null));
            return RowResult.applied(outcome.id());
        }
        DecisionRef admission = new DecisionRef(number.get(), admissionDate.get(), issuedBy.name(),
                                                row.text("signer").orElse(null));
        Outcome outcome = commands.sendAs(actingUser, new OrganizationCommands.RecordExistingMember(id, profile, admission));
        if (members.isPresent()) {
            commands.sendAs(actingUser, new OrganizationCommands.ReportMemberCounts(id, countsAsOf, members.get(),
                                                                                    intellectuals.get(), null));
        }
        return RowResult.applied(outcome.id());
    }
}
