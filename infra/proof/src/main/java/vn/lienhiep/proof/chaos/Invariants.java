package vn.lienhiep.proof.chaos;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.lienhiep.proof.Report;

/**
 * The checks after a chaos run, each as "N passed, N failed" with the first few offenders named, so a failure can be
 * traced to organisation ids and from there to the services' logs.
 */
final class Invariants {

    private static final int NAMED = 5;

    private final Report report;
    private final LoadClients load;
    private final Convergence convergence;
    private final EventStoreReader.Contents store;
    private final Map<String, List<EventStoreReader.Aggregate>> storeByName = new HashMap<>();

    Invariants(Report report, LoadClients load, Convergence convergence, EventStoreReader.Contents store) {
        this.report = report;
        this.load = load;
        this.convergence = convergence;
        this.store = store;
        store.aggregates().values().forEach(a -> storeByName.computeIfAbsent(a.name(), n -> new ArrayList<>()).add(a));
    }

    void check(int[] historySample, Map<String, Boolean> healthyAtEnd, List<FaultInjector.Injected> injected) {
        Map<Integer, LoadClients.Acknowledged> acknowledged = load.acknowledged();
        ReadModels.Snapshot models = convergence.snapshot();

        Tally eventStore = new Tally();
        Tally idempotency = new Tally();
        Tally topic = new Tally();
        Tally organizations = new Tally();
        Tally history = new Tally();
        Tally search = new Tally();
        for (LoadClients.Acknowledged ack : acknowledged.values()) {
            String name = load.nameOf(ack.n());
            String id = ack.id();
            List<EventStoreReader.Aggregate> stored = storeByName.getOrDefault(name, List.of());
            eventStore.record(stored.size() == 1 && stored.get(0).id().equals(id) && stored.get(0).count("Applied") == 1
                              && stored.get(0).count("Admitted") == 1 && stored.get(0).events().size() == 2,
                              id + " (" + stored.size() + " aggregates named «" + name + "»"
                              + (stored.isEmpty() ? "" : ", events " + stored.get(0).events()) + ")");
            String result = store.idempotencyResults().get(load.keyOf(ack.n()));
            idempotency.record(result != null && result.contains(id), load.keyOf(ack.n()) + " → " + result);
            int events = convergence.topic().admittedEvents(id);
            topic.record(events == 1, id + " (" + events + " distinct organization-admitted events)");
            ReadModels.OrganizationRow row = models.organizations().get(id);
            List<String> sameName = models.namesToIds().getOrDefault(name, List.of());
            organizations.record(row != null && "ACTIVE".equals(row.status()) && row.version() == 1 && sameName.size() == 1,
                                 id + " (" + (row == null ? "missing" : row.status() + " v" + row.version()) + ", "
                                 + sameName.size() + " rows named «" + name + "»)");
            List<String> rows = models.historyEventTypes().getOrDefault(id, List.of());
            history.record(rows.size() == 2 && rows.containsAll(List.of("0:Applied", "1:Admitted")), id + " " + rows);
            search.record(convergence.searchIds().contains(id), id);
        }
        eventStore.report(report, "event store: each acknowledged command exactly once (Applied + Admitted)");
        idempotency.report(report, "event store: idempotency record of each acknowledged command names its id");
        topic.report(report, "topic: each acknowledged organisation admitted once (by CloudEvent id)");
        organizations.report(report, "read model organizations: each acknowledged exactly once, ACTIVE");
        history.report(report, "read model history: each acknowledged has its 2 rows");
        search.report(report, "search through the gateway finds each acknowledged");
        report.check("history through the gateway (/history, even sample)", historySample[0], historySample[1],
                     "1 Applied + 1 Admitted each");

        // Created although the client never got the 201: allowed only for a command it gave up on, then exactly once.
        Set<String> acknowledgedIds = ChaosRun.idsOf(acknowledged);
        Tally unacknowledged = new Tally();
        for (EventStoreReader.Aggregate aggregate : store.aggregates().values()) {
            if (acknowledgedIds.contains(aggregate.id())) {
                continue;
            }
            int n = numberOf(aggregate.name());
            String result = n < 0 ? null : store.idempotencyResults().get(load.keyOf(n));
            boolean ok = n > 0 && !acknowledged.containsKey(n) && load.abandoned().contains(n)
                         && storeByName.get(aggregate.name()).size() == 1 && result != null && result.contains(aggregate.id());
            unacknowledged.record(ok, aggregate.id() + " «" + aggregate.name() + "» idempotency " + result
                                      + (acknowledged.containsKey(n) ? " — a SECOND aggregate for an acknowledged command" : ""));
        }
        unacknowledged.report(report, "created but unacknowledged: only abandoned commands, once, with idempotency record");

        Tally phantoms = new Tally();
        models.organizations().values().stream().filter(row -> row.name() != null && numberOf(row.name()) > 0)
              .forEach(row -> phantoms.record(store.aggregates().containsKey(row.id()), row.id() + " «" + row.name() + "»"));
        phantoms.report(report, "read model: no organisation of this run missing from the event store");

        report.check("no valid command refused (4xx other than 429)", acknowledged.size(), load.refused().size(),
                     load.refused().isEmpty() ? null : "first: " + load.refused().get(0));
        Tally recovered = new Tally();
        injected.forEach(fault -> recovered.record(fault.recovered(), fault.fault().describe()));
        recovered.report(report, "launcher brought every faulted child back healthy");
        Tally healthy = new Tally();
        healthyAtEnd.forEach((child, up) -> healthy.record(up, child));
        healthy.report(report, "every process healthy at the end");
        // Killing the stores is an outage, never a poison event: a processor that parked events during the faults
        // would converge with holes in its read model (docs/adr/0014-poison-events.md).
        Tally parked = new Tally();
        if (convergence.status() != null) {
            convergence.status().processes().forEach(row -> row.deadLetters().forEach(
                    (processor, n) -> parked.record(n == 0, row.name() + "/" + processor + " " + n + " parked")));
        }
        parked.report(report, "no event parked in a dead-letter queue by the faults");
        report.check("converged within the timeout", convergence.convergedNanos() >= 0 ? 1 : 0,
                     convergence.convergedNanos() >= 0 ? 0 : 1,
                     convergence.convergedNanos() >= 0 ? null : "still waiting for: " + convergence.waitingFor());
    }

    /** {@code n} of a name {@code <prefix> số <n>}; -1 when the name is not one of this run's. */
    private int numberOf(String name) {
        String probe = load.nameOf(0);
        String stem = probe.substring(0, probe.length() - 1);
        if (!name.startsWith(stem)) {
            return -1;
        }
        try {
            return Integer.parseInt(name.substring(stem.length()));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Passed / failed with the first few failures named. */
    private static final class Tally {
        private long passed;
        private long failed;
        private final List<String> offenders = new ArrayList<>();

        void record(boolean ok, String what) {
            if (ok) {
                passed++;
            } else {
                failed++;
                if (offenders.size() < NAMED) {
                    offenders.add(what);
                }
            }
        }

        void report(Report report, String name) {
            report.check(name, passed, failed, offenders.isEmpty() ? null : "e.g. " + String.join("; ", offenders));
        }
    }
}
