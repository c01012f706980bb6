package vn.lienhiep.review;

import org.junit.jupiter.api.Test;

import vn.lienhiep.testing.ServiceArchitecture;

/** Review is held to the dependency rules every service shares (domain free of frameworks, adapters outside in). */
class ArchitectureTest {

    @Test
    void dependencyRulesHold() {
        ServiceArchitecture.verify("vn.lienhiep.review");
    }
}
