package vn.lienhiep.proof.chaos;

/** One fault: a signal to one child of the launcher, which is expected to bring the child back by itself. */
public record Fault(String child, Signal signal) {

    public enum Signal {
        /** kill -9: no shutdown hook, no flush, no goodbye to the broker or the clients. */
        KILL,
        /** SIGTERM: an orderly stop (Spring's graceful shutdown), then the launcher starts it again. */
        TERM
    }

    public String describe() {
        return (signal == Signal.KILL ? "kill -9 " : "SIGTERM ") + child;
    }
}
