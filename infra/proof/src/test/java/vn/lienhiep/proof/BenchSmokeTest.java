package vn.lienhiep.proof;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.lienhiep.proof.bench.ChildJvm;
import vn.lienhiep.proof.bench.ClosedLoop;
import vn.lienhiep.proof.bench.Floors;
import vn.lienhiep.proof.bench.Http;
import vn.lienhiep.proof.bench.Memory;
import vn.lienhiep.proof.bench.Options;
import vn.lienhiep.proof.bench.Peer;
import vn.lienhiep.proof.bench.Target;
import vn.lienhiep.proof.bench.WriteVisible;

/**
 * The bench's own machinery on tiny counts, without the platform: the three floors against a real Kafka broker and
 * Mongo-wire server (the stack's own main classes, as child JVMs) and a temporary H2 file, and the peer CRUD app
 * started, measured and stopped. {@code ./lienhiep bench --quick} is the run against the whole platform.
 */
class BenchSmokeTest {

    private static final List<String> STORE_JVM = List.of("-Xmx256m", "-XX:+UseSerialGC", "-Dfile.encoding=UTF-8");

    @TempDir
    Path dir;

    @Test
    void floorsAndPeerAreMeasuredWithRealPercentiles() throws Exception {
        int mongoPort = ChildJvm.freePort();
        int kafkaPort = ChildJvm.freePort();
        int controllerPort = ChildJvm.freePort();
        String classpath = ChildJvm.currentClasspath();
        Path logs = dir.resolve("logs");
        long began = System.nanoTime();
        try (ChildJvm mongo = ChildJvm.start("mongo", STORE_JVM, classpath, "vn.lienhiep.stack.MongoWireServer",
                                             List.of(dir.resolve("mongo").toString(), String.valueOf(mongoPort)), logs);
             ChildJvm kafka = ChildJvm.start("kafka", STORE_JVM, classpath, "vn.lienhiep.stack.KafkaBroker",
                                             List.of(dir.resolve("kafka").toString(), String.valueOf(kafkaPort),
                                                     String.valueOf(controllerPort)), logs)) {
            String mongoUri = "mongodb://127.0.0.1:" + mongoPort;
            mongo.await(ChildJvm.tcp(mongoPort), Duration.ofSeconds(60));
            try (Peer.Running peer = Peer.start(mongoUri, logs, Duration.ofMinutes(2))) {
                kafka.await(ChildJvm.tcp(kafkaPort), Duration.ofSeconds(90));

                Floors.All floors = new Floors.All(Floors.sql(20, 100),
                                                   Floors.mongo(mongoUri, 20, 100, 2, Duration.ofSeconds(1)),
                                                   Floors.kafka("127.0.0.1:" + kafkaPort, 10, 50));
                Report report = new Report("bench-smoke");
                Bench.addFloors(report, floors);
                report.print(System.out);
                assertThat(report.passed()).as(report.checks().toString()).isTrue();
                assertSane(floors.sql().sequential(), 100);
                assertSane(floors.mongo().sequential(), 100);
                assertSane(floors.kafka().sequential(), 50);
                assertThat(floors.mongo().concurrent().ok()).isPositive();
                assertThat(floors.mongo().concurrent().errors()).isZero();
                assertThat(report.figures()).extracting(Report.Figure::name)
                        .contains("SQL append (H2 file, WRITE_DELAY=0, 1 event row/tx) p99",
                                  "Kafka produce (acks=all) → consume round trip p99");

                assertThat(peer.child().startup()).isPositive();
                try (Http http = new Http(peer.url(), null)) {
                    Target target = Target.http(http, Target.PEER_CREATE, Target.PEER_READ);
                    WriteVisible.Result visible = WriteVisible.measure(target, null, "smoke", 3, 10);
                    assertThat(visible.acknowledged()).isEqualTo(10);
                    assertThat(visible.neverVisible()).isZero();
                    assertThat(visible.sameService().count()).isEqualTo(10);
                    assertThat(visible.sameService().millis(99)).isPositive().isLessThan(5_000);
                    assertThat(visible.sameService().millis(50)).isLessThanOrEqualTo(visible.sameService().millis(99));
                    ClosedLoop.Result load = ClosedLoop.run(2, Duration.ofMillis(300), Duration.ofSeconds(2),
                            (worker, seq) -> target.create("smoke-load", worker * 1_000_000L + seq) != null);
                    System.out.printf("peer: %.0f creates/s, p99 %.1f ms, %d errors%n", load.perSecond(),
                                      load.latency().millis(99), load.errors());
                    assertThat(load.errors()).as(String.valueOf(load.firstError())).isZero();
                    assertThat(load.ok()).isPositive();
                    assertThat(load.latency().count()).isEqualTo(load.ok());
                    // A CRUD app the bench measures must exist in memory and not be the bench itself.
                    assertThat(Memory.rssKb(peer.child().pid())).get().satisfies(kb -> assertThat(kb).isBetween(20_000L, 1_000_000L));
                    assertThat(peer.child().pid()).isNotEqualTo(ProcessHandle.current().pid());
                }
                peer.close();
                assertThat(ProcessHandle.of(peer.child().pid()).map(ProcessHandle::isAlive).orElse(false)).isFalse();
            }
        }
        System.out.printf("bench smoke took %.1f s%n", (System.nanoTime() - began) / 1e9);
        try (var files = Files.list(logs)) {
            assertThat(files.count()).as("a log per child: mongo, kafka, peer").isEqualTo(3);
        }
    }

    @Test
    void optionsHaveDefaultsQuickModeAndRejectNonsense() {
        Options full = Options.parse(new String[0]);
        assertThat(full.replayEvents()).isEqualTo(100_000);
        assertThat(full.clients()).containsExactly(1, 2, 4, 8, 16, 32);
        Options quick = Options.parse(new String[] {"--quick", "--replay-events", "5000", "--clients", "2,8"});
        assertThat(quick.replayEvents()).isEqualTo(5_000);
        assertThat(quick.clients()).containsExactly(2, 8);
        assertThat(quick.durationSeconds()).isLessThan(full.durationSeconds());
        assertThat(Bench.main(new String[] {"--duration", "0"})).isEqualTo(2);
        assertThat(Bench.main(new String[] {"--bogus"})).isEqualTo(2);
        assertThat(Bench.main(new String[] {"--help"})).isZero();
    }

    private static void assertSane(ClosedLoop.Result result, long count) {
        assertThat(result.errors()).as(String.valueOf(result.firstError())).isZero();
        assertThat(result.latency().count()).isEqualTo(count);
        assertThat(result.latency().millis(50)).isPositive();
        assertThat(result.latency().millis(99)).isGreaterThanOrEqualTo(result.latency().millis(50))
                                               .isLessThan(5_000);
        assertThat(result.latency().maxMillis()).isGreaterThanOrEqualTo(result.latency().millis(99));
        assertThat(result.perSecond()).isPositive();
    }
}
