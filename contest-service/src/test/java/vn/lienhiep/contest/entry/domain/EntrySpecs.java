package vn.lienhiep.contest.entry.domain;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;

import vn.lienhiep.contest.common.domain.Committee;
import vn.lienhiep.contest.common.domain.ContestType;
import vn.lienhiep.contest.common.domain.EditionSnapshot;
import vn.lienhiep.contest.common.domain.EditionStatus;
import vn.lienhiep.contest.common.domain.EditionTerms;
import vn.lienhiep.contest.common.domain.EligibilityPolicy;
import vn.lienhiep.contest.common.domain.EntryAuthor;
import vn.lienhiep.contest.common.domain.InMemoryContest;
import vn.lienhiep.contest.common.domain.Judge;
import vn.lienhiep.contest.common.domain.ScoringScheme;
import vn.lienhiep.contest.common.domain.SubPanel;
import vn.lienhiep.contest.entry.domain.EntryEvents.*;
import vn.lienhiep.kernel.Clocks;
import vn.lienhiep.kernel.DecisionRef;

/**
 * What the entry specifications share: a fixed clock (noon in Vietnam on Sunday 01/12/2024); three editions as their
 * committed snapshots would read — Sơn La's 9th technical innovation contest (window 01/02–30/09/2024, the postmark
 * counts, an agriculture sub-panel of three), its 6th youth creativity contest (born 31/07/2005–31/07/2017, at most
 * five authors, a guardian's consent under 16) and a VIFOTEC round; a sound dossier of each kind, a builder to spoil
 * one of its facts at a time, and histories that bring an entry to each state.
 */
final class EntrySpecs {

    static final String ID = "en-1";
    static final String ED = "ed-9";
    static final String YOUTH_ED = "ed-6";
    static final String VIFOTEC_ED = "ed-vifotec-2024";
    static final Clock CLOCK = Clock.fixed(Instant.parse("2024-12-01T05:00:00Z"), Clocks.VIETNAM);
    static final LocalDate TODAY = LocalDate.of(2024, 12, 1);
    static final ContestType TECH = ContestType.TECH_INNOVATION;
    static final ContestType YOUTH = ContestType.YOUTH_CREATIVITY;
    static final DecisionRef RULES = Committee.decision("01/QĐ-BTCHT", LocalDate.of(2024, 1, 25), "Trưởng ban");
    static final LocalDate SUBMITTED_ON = LocalDate.of(2024, 5, 20);

    // --- the technical innovation contest --------------------------------------------------------------------------

    static final LocalDate OPENS = LocalDate.of(2024, 2, 1);
    static final LocalDate CLOSES = LocalDate.of(2024, 9, 30);
    static final String AGRI_FIELD = "AGRI_FOREST_FISHERY_RESOURCES_ENV";
    static final String BINH = "gk-binh";
    static final String HOA = "gk-hoa";
    static final String THANG = "gk-thang";
    static final String TAY_BAC_UNIVERSITY = "Trường Đại học Tây Bắc";
    static final String NOMAFSI = "Viện Khoa học Kỹ thuật Nông Lâm nghiệp miền núi phía Bắc";
    static final SubPanel AGRI = new SubPanel(AGRI_FIELD, BINH, List.of(
            new Judge(BINH, "Nguyễn Văn Bình", "Sở Nông nghiệp và Phát triển nông thôn tỉnh Sơn La"),
            new Judge(HOA, "Lê Thị Hoa", TAY_BAC_UNIVERSITY),
            new Judge(THANG, "Hoàng Văn Thắng", NOMAFSI)));

    static EditionTerms terms(ContestType type, LocalDate open, LocalDate close, EligibilityPolicy eligibility,
                              boolean postmark, int version, DecisionRef decision) {
        EditionTerms standard = EditionTerms.defaults(type, open, close);
        return new EditionTerms(version, decision, standard.fields(), eligibility, standard.scoring(),
                                standard.prizes(), open, close, postmark, false, null);
    }

    /** The technical contest's rules as issued: its standard eligibility (evidence of application required). */
    static EditionTerms techRules(EligibilityPolicy eligibility, boolean postmark) {
        return terms(TECH, OPENS, CLOSES, eligibility, postmark, 1, RULES);
    }

    static final EditionTerms TECH_RULES = techRules(EligibilityPolicy.defaults(TECH), true);

    /** The standard eligibility of the technical contest, with one cut-off year for creation and application. */
    static EligibilityPolicy appliedSince(int year) {
        return new EligibilityPolicy(year, true, null, null, null, false, false, null, null);
    }

    static void edition(InMemoryContest contest, String editionId, ContestType type, int ordinal,
                        EditionStatus status, List<EditionTerms> versions, List<SubPanel> subPanels,
                        Set<String> finalists) {
        contest.save(new EditionSnapshot(editionId, type, ordinal, "lần thứ " + ordinal, 2024, status, versions,
                                         subPanels, finalists));
    }

    /** The technical contest in {@code status}, under these versions of its rules. */
    static void techEdition(InMemoryContest contest, EditionStatus status, EditionTerms... versions) {
        edition(contest, ED, TECH, 9, status, List.of(versions), List.of(AGRI), Set.of());
    }

    static void techEdition(InMemoryContest contest, EditionStatus status) {
        techEdition(contest, status, TECH_RULES);
    }

    static final EntryAuthor LO_VAN_A = new EntryAuthor("p-lo-van-a", "Lò Văn A", true, 70,
            "Hợp tác xã Cà phê Chiềng Ban", true, LocalDate.of(1979, 3, 12), true);
    static final EntryAuthor QUANG_THI_EN = new EntryAuthor("p-quang-thi-en", "Quàng Thị Én", false, 30,
            "Hợp tác xã Cà phê Chiềng Ban", false, LocalDate.of(1990, 8, 2), false);
    static final Dossier.Evidence CONFIRMATION = new Dossier.Evidence(EvidenceType.CONFIRMATION_BY_APPLYING_UNIT,
                                                                      "UBND xã Chiềng Ban", LocalDate.of(2023, 5, 10));

    /** The coffee huller of Lò Văn A and Quàng Thị Én, created in 2021, applied since 2022 in Chiềng Ban. */
    static DossierBuilder coffee() {
        return new DossierBuilder(AGRI_FIELD, "Máy tách vỏ cà phê tươi quy mô hộ gia đình",
                                  List.of(LO_VAN_A, QUANG_THI_EN), 2021, 2022, List.of(CONFIRMATION), null);
    }

    static final Dossier COFFEE = coffee().build();

    // --- the youth creativity contest ----------------------------------------------------------------------------

    static final String TOOLS_FIELD = "LEARNING_TOOLS";
    static final String HUONG = "gk-huong";
    static final SubPanel TOOLS = new SubPanel(TOOLS_FIELD, null, List.of(
            new Judge(HUONG, "Lò Thị Hướng", "Phòng Giáo dục và Đào tạo thành phố Sơn La"),
            new Judge("gk-tuan", "Đinh Văn Tuấn", "Nhà Thiếu nhi tỉnh Sơn La")));
    static final EditionTerms YOUTH_RULES = terms(YOUTH, LocalDate.of(2024, 5, 1), LocalDate.of(2024, 5, 31),
            new EligibilityPolicy(null, false, LocalDate.of(2005, 7, 31), LocalDate.of(2017, 7, 31), null, false,
                                  false, 5, 16), true, 1, Committee.decision("01/QĐ-BTC", LocalDate.of(2024, 4, 1),
                                                                             "Trưởng ban"));

    static void youthEdition(InMemoryContest contest, EditionStatus status) {
        edition(contest, YOUTH_ED, YOUTH, 6, status, List.of(YOUTH_RULES), List.of(TOOLS), Set.of());
    }

    static EntryAuthor pupil(String name, int share, boolean principal, LocalDate born) {
        return new EntryAuthor(null, name, principal, share, "Trường THCS Chiềng Sinh", false, born, false);
    }

    static final EntryAuthor LO_VAN_EM = pupil("Lò Văn Em", 60, true, LocalDate.of(2011, 3, 1));
    static final EntryAuthor CA_THI_UT = pupil("Cà Thị Út", 40, false, LocalDate.of(2011, 9, 15));
    /** Supervised by Lò Thị Hướng, who also sits on the learning tools sub-panel; the guardians consented. */
    static final Dossier.Youth CHIENG_SINH = new Dossier.Youth("Trường THCS Chiềng Sinh", "8A", "Lò Thị Hướng", HUONG,
                                                               true);

    /** Two pupils' solar system model, supervised by their teacher. */
    static DossierBuilder solarSystem() {
        return new DossierBuilder(TOOLS_FIELD, "Bộ mô hình hệ Mặt Trời từ vật liệu tái chế",
                                  List.of(LO_VAN_EM, CA_THI_UT), 2023, 2024, List.of(), CHIENG_SINH);
    }

    // --- VIFOTEC ---------------------------------------------------------------------------------------------------

    static final EditionTerms VIFOTEC_RULES = terms(ContestType.VIFOTEC_AWARD, LocalDate.of(2024, 3, 1),
            LocalDate.of(2024, 8, 31), EligibilityPolicy.defaults(ContestType.VIFOTEC_AWARD), false, 1, RULES);

    static void vifotecEdition(InMemoryContest contest) {
        edition(contest, VIFOTEC_ED, ContestType.VIFOTEC_AWARD, 1, EditionStatus.OPEN, List.of(VIFOTEC_RULES),
                List.of(), Set.of());
    }

    static DossierBuilder compost() {
        return new DossierBuilder("BIOLOGY", "Chế phẩm vi sinh ủ vỏ cà phê thành phân bón hữu cơ",
                                  List.of(LO_VAN_A, QUANG_THI_EN), 2019, 2020, List.of(CONFIRMATION), null);
    }

    // --- histories ------------------------------------------------------------------------------------------------

    static EntrySubmitted submitted(Dossier dossier) {
        return new EntrySubmitted(ID, "001", ED, TECH, dossier, SUBMITTED_ON, null, 1);
    }

    static EntrySubmitted submitted() {
        return submitted(COFFEE);
    }

    static EntryDeclaredEligible eligible() {
        return new EntryDeclaredEligible(ID, ED, AGRI_FIELD, 1, LocalDate.of(2024, 10, 5));
    }

    static JudgeAssigned assigned(String judgeId) {
        return new JudgeAssigned(ID, ED, judgeId, Round.PRELIMINARY, LocalDate.of(2024, 10, 10));
    }

    static JudgeConflictDeclared recused(String judgeId, String reason) {
        return new JudgeConflictDeclared(ID, judgeId, Round.PRELIMINARY, reason, LocalDate.of(2024, 10, 11));
    }

    /** Points for novelty (of 30), applicability (of 30) and effectiveness (of 40). */
    static Map<String, BigDecimal> points(int novelty, int applicability, int effectiveness) {
        return Map.of("NOVELTY", BigDecimal.valueOf(novelty), "APPLICABILITY", BigDecimal.valueOf(applicability),
                      "EFFECTIVENESS", BigDecimal.valueOf(effectiveness));
    }

    static BigDecimal total(Map<String, BigDecimal> points) {
        return points.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    static EntryScored scored(String judgeId, Map<String, BigDecimal> points) {
        return new EntryScored(ID, judgeId, Round.PRELIMINARY, points, total(points), null, 1,
                               LocalDate.of(2024, 10, 20));
    }

    static EntryRescored rescored(String judgeId, Map<String, BigDecimal> points) {
        return new EntryRescored(ID, judgeId, Round.PRELIMINARY, points, total(points), null, 1,
                                 LocalDate.of(2024, 10, 25));
    }

    static Object[] concat(Object[] first, Object... more) {
        Object[] all = new Object[first.length + more.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }

    static FixtureConfiguration<ContestEntry> fixture(InMemoryContest contest) {
        FixtureConfiguration<ContestEntry> fixture = new AggregateTestFixture<>(ContestEntry.class);
        fixture.registerInjectableResource(CLOCK);
        fixture.registerInjectableResource(contest);
        return fixture;
    }

    /** A sound dossier with one fact changed at a time, so each refusal has one cause. */
    static final class DossierBuilder {
        private String field;
        private final String title;
        private EntrantType entrant = EntrantType.INDIVIDUAL;
        private String organisationId;
        private String organisationName;
        private List<EntryAuthor> authors;
        private Integer created;
        private Integer appliedSince;
        private List<Dossier.Evidence> evidence;
        private boolean inProvince = true;
        private Dossier.Youth youth;

        DossierBuilder(String field, String title, List<EntryAuthor> authors, Integer created, Integer appliedSince,
                       List<Dossier.Evidence> evidence, Dossier.Youth youth) {
            this.field = field;
            this.title = title;
            this.authors = authors;
            this.created = created;
            this.appliedSince = appliedSince;
            this.evidence = evidence;
            this.youth = youth;
        }

        DossierBuilder field(String code) {
            this.field = code;
            return this;
        }

        DossierBuilder authors(EntryAuthor... list) {
            this.authors = List.of(list);
            return this;
        }

        /** Entered by a member organisation. */
        DossierBuilder by(String id, String name) {
            this.entrant = EntrantType.ORGANISATION;
            this.organisationId = id;
            this.organisationName = name;
            return this;
        }

        DossierBuilder appliedSince(int year) {
            this.appliedSince = year;
            return this;
        }

        DossierBuilder evidence(Dossier.Evidence... list) {
            this.evidence = List.of(list);
            return this;
        }

        DossierBuilder outsideProvince() {
            this.inProvince = false;
            return this;
        }

        DossierBuilder withoutGuardianConsent() {
            this.youth = new Dossier.Youth(youth.school(), youth.grade(), youth.supervisorName(),
                                           youth.supervisorPersonId(), false);
            return this;
        }

        Dossier build() {
            return new Dossier(field, title, entrant, organisationId, organisationName, new ArrayList<>(authors),
                               created, appliedSince, youth == null ? List.of("Xã Chiềng Ban, huyện Mai Sơn")
                                       : List.of(), evidence, youth == null ? 120_000_000L : null, inProvince, youth);
        }
    }

    /** The standard scheme's threshold: a gap above 15 points sends the entry to the whole sub-panel. */
    static final BigDecimal THRESHOLD = ScoringScheme.standard().divergenceThreshold();

    private EntrySpecs() {
    }
}
