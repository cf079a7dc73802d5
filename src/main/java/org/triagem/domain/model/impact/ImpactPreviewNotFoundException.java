package org.triagem.domain.model.impact;

/** No such preview: an unknown job, one run on another node, or no finished preview of the version. */
public class ImpactPreviewNotFoundException extends RuntimeException {

    private final boolean job;
    private final String subject;

    private ImpactPreviewNotFoundException(boolean job, String subject, String message) {
        super(message);
        this.job = job;
        this.subject = subject;
    }

    public static ImpactPreviewNotFoundException job(String id) {
        return new ImpactPreviewNotFoundException(true, id, "no impact preview " + id + " on this node");
    }

    public static ImpactPreviewNotFoundException ofVersion(long number) {
        return new ImpactPreviewNotFoundException(false, String.valueOf(number),
                "no impact preview of version " + number + " was run");
    }

    /** Whether a job was looked for (otherwise a version's finished preview). */
    public boolean isJob() {
        return job;
    }

    /** The job's id or the version's number. */
    public String subject() {
        return subject;
    }
}
