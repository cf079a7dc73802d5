package org.triagem.interfaces.channel;

/** Registration failed; the contact is safe in quarantine under the given id. */
public class ContactQuarantinedException extends RuntimeException {

    private final long quarantineId;

    public ContactQuarantinedException(long quarantineId, Throwable cause) {
        super("the contact could not be registered and was quarantined as " + quarantineId, cause);
        this.quarantineId = quarantineId;
    }

    public long quarantineId() {
        return quarantineId;
    }
}
