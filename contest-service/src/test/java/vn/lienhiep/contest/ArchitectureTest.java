package vn.lienhiep.contest;

import org.junit.jupiter.api.Test;

import vn.lienhiep.testing.ServiceArchitecture;

/** Held to the shape every service shares from its first class on (layers, sub-contexts, a framework-free domain). */
class ArchitectureTest {

    @Test
    void dependencyRulesHold() {
        ServiceArchitecture.verify("vn.lienhiep.contest");
    }
}
