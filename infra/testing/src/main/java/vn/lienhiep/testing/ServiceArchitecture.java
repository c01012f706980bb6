package vn.lienhiep.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.util.List;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The dependency rules every service is held to, by package pattern, so each sub-context (organization, person,
 * engagement, plan, … added later) is covered without being listed and the four services keep one shape. A service's
 * ArchitectureTest calls {@link #verify(String)} with its root package.
 */
public final class ServiceArchitecture {

    private ServiceArchitecture() {
    }

    /** Checks every rule against the service's main classes; fails with all violations of the first broken rule. */
    public static void verify(String rootPackage) {
        JavaClasses imported = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(rootPackage);
        for (ArchRule rule : rules(rootPackage)) {
            rule.check(imported);
        }
    }

    public static List<ArchRule> rules(String root) {
        String domain = root + "..domain..";
        String web = root + "..web..";
        String projection = root + "..projection..";
        String infrastructure = root + "..infrastructure..";
        String publicEvents = root + "..publicevents..";
        return List.of(
                // The model must stay testable without a container and portable across storage and transport choices.
                noClasses().that().resideInAPackage(domain)
                        .should().dependOnClassesThat().resideInAnyPackage(
                                "org.springframework..", "com.mongodb..", "org.bson..", "org.apache.kafka..",
                                "com.fasterxml.jackson..", "tools.jackson..", "jakarta..", "javax.persistence..",
                                "java.sql..", "javax.sql..")
                        .because("domain packages hold rules only; adapters live in infrastructure, projection and web"),
                noClasses().that().resideInAPackage(domain)
                        .should().dependOnClassesThat().resideInAnyPackage(infrastructure, web, projection, publicEvents)
                        .because("adapters depend on the domain, never the other way round (a port interface in the"
                                 + " domain is implemented in infrastructure)"),
                // Besides the JDK: the domain packages, the platform's domain and text helpers, and Axon's handler
                // annotations, lifecycle and deadlines (no Axon infrastructure such as gateways or event stores).
                classes().that().resideInAPackage(domain)
                        .should().onlyDependOnClassesThat().resideInAnyPackage(
                                "java..", domain, "vn.lienhiep.platform.domain..", "vn.lienhiep.platform.text..",
                                "org.axonframework.modelling..", "org.axonframework.commandhandling..",
                                "org.axonframework.eventsourcing..", "org.axonframework.eventhandling..",
                                "org.axonframework.deadline..")
                        .because("domain packages may use Axon's annotations and vn.lienhiep.platform.domain / .text"
                                 + " only"),
                // Read models are rebuilt from events; if they called controllers a replay would depend on HTTP.
                noClasses().that().resideInAPackage(projection)
                        .should().dependOnClassesThat().resideInAnyPackage(web),
                // Public events are a contract built from domain events only, never from read models or requests.
                noClasses().that().resideInAPackage(publicEvents)
                        .should().dependOnClassesThat().resideInAnyPackage(web, projection, infrastructure),
                // Adapters implementing ports do not call the edges of the application.
                noClasses().that().resideInAPackage(infrastructure)
                        .should().dependOnClassesThat().resideInAnyPackage(web, projection),
                // HTTP is the outermost layer: request bodies and response helpers are nobody else's business.
                noClasses().that().resideOutsideOfPackage(web)
                        .should().dependOnClassesThat().resideInAnyPackage(web));
    }
}
