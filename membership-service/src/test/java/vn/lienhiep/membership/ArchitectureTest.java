package vn.lienhiep.membership;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The dependency rules of the membership service, by package pattern so that every sub-context (organization,
 * person, expert, governance, workforce, … added later) is held to them without being listed here.
 */
@AnalyzeClasses(packages = "vn.lienhiep.membership", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String DOMAIN = "vn.lienhiep.membership..domain..";

    /** The model must stay testable without a container and portable across storage and transport choices. */
    @ArchTest
    static final ArchRule domainIsFreeOfFrameworksAndStorage = noClasses()
            .that().resideInAPackage(DOMAIN)
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework..", "com.mongodb..", "org.bson..", "org.apache.kafka..",
                    "com.fasterxml.jackson..", "tools.jackson..", "jakarta..", "javax.persistence..",
                    "java.sql..", "javax.sql..")
            .because("domain packages hold rules only; adapters live in infrastructure, projection and web");

    @ArchTest
    static final ArchRule domainDoesNotReachIntoAdapters = noClasses()
            .that().resideInAPackage(DOMAIN)
            .should().dependOnClassesThat().resideInAnyPackage(
                    "vn.lienhiep.membership..infrastructure..", "vn.lienhiep.membership..web..",
                    "vn.lienhiep.membership..projection..", "vn.lienhiep.membership..publicevents..")
            .because("adapters depend on the domain, never the other way round (a port interface in the domain "
                     + "is implemented in infrastructure)");

    /**
     * Whitelist: besides the JDK, the domain may use only the domain packages, the platform's domain and text helpers,
     * and Axon's handler annotations and lifecycle (no Axon infrastructure such as gateways or event stores).
     */
    @ArchTest
    static final ArchRule domainUsesOnlyAllowedLibraries = classes()
            .that().resideInAPackage(DOMAIN)
            .should().onlyDependOnClassesThat().resideInAnyPackage(
                    "java..", DOMAIN, "vn.lienhiep.platform.domain..", "vn.lienhiep.platform.text..",
                    "org.axonframework.modelling..", "org.axonframework.commandhandling..",
                    "org.axonframework.eventsourcing..", "org.axonframework.eventhandling..")
            .because("common.md: domain packages may use Axon's modelling/commandhandling/eventsourcing annotations "
                     + "and vn.lienhiep.platform.domain / .text only");

    /** Read models are rebuilt from events; if they called controllers a replay would depend on HTTP concerns. */
    @ArchTest
    static final ArchRule projectionsDoNotDependOnWeb = noClasses()
            .that().resideInAPackage("vn.lienhiep.membership..projection..")
            .should().dependOnClassesThat().resideInAnyPackage("vn.lienhiep.membership..web..");

    /** Public events are a contract built from domain events only, never from read models or request bodies. */
    @ArchTest
    static final ArchRule publicEventsDependOnDomainOnly = noClasses()
            .that().resideInAPackage("vn.lienhiep.membership..publicevents..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "vn.lienhiep.membership..web..", "vn.lienhiep.membership..projection..",
                    "vn.lienhiep.membership..infrastructure..");

    /** Adapters implementing ports do not call the edges of the application. */
    @ArchTest
    static final ArchRule infrastructureDoesNotDependOnWebOrProjections = noClasses()
            .that().resideInAPackage("vn.lienhiep.membership..infrastructure..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "vn.lienhiep.membership..web..", "vn.lienhiep.membership..projection..");

    /** HTTP is the outermost layer: request bodies and response helpers are nobody else's business. */
    @ArchTest
    static final ArchRule onlyWebDependsOnWeb = noClasses()
            .that().resideOutsideOfPackage("vn.lienhiep.membership..web..")
            .should().dependOnClassesThat().resideInAnyPackage("vn.lienhiep.membership..web..");
}
