package org.triagem.domain.model.complaint;

/**
 * How an agent was chosen for a case, as its history keeps it: by a supervisor, or by the department's
 * assignment strategy among the agents present.
 */
public final class HowAssigned {

    private final EventDetail detail;

    private HowAssigned(EventDetail detail) {
        this.detail = detail;
    }

    /** A supervisor named the agent. */
    public static HowAssigned bySupervisor(String supervisor) {
        return new HowAssigned(EventDetail.because("ASSIGNED", "assigned by " + supervisor).with("by", supervisor));
    }

    /** The department's strategy chose among {@code present} agents; the chosen one's weighted load. */
    public static HowAssigned byStrategy(String strategy, int present, int load) {
        return new HowAssigned(EventDetail.because("BY_STRATEGY", "assigned by strategy " + strategy + " ("
                + present + " agent(s) present, load " + load + ")")
                .with("strategy", strategy).with("present", present).with("load", load));
    }

    /**
     * A push handed the case out ({@code line}: when and why, with the agent's cap, for the English
     * history); the page words it from the strategy, the agents with room and the chosen one's load.
     */
    public static HowAssigned pushed(String line, String strategy, int candidates, int load) {
        return new HowAssigned(EventDetail.because("BY_STRATEGY", line)
                .with("strategy", strategy).with("present", candidates).with("load", load));
    }

    EventDetail detail() {
        return detail;
    }

    @Override
    public String toString() {
        return detail.line();
    }
}
