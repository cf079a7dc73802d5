package org.triagem.domain.model.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * Who complained. Every field is optional: the SAC decree forbids demanding data before service,
 * so a case may be opened for an anonymous caller and identified later.
 */
@Embeddable
public class Customer {

    @Column(name = "customer_name", length = 200)
    private String name;

    @Column(name = "customer_email", length = 254)
    private String email;

    @Column(name = "customer_phone", length = 32)
    private String phone;

    @Column(name = "customer_cpf", length = 11)
    private String cpf;

    protected Customer() {
        // for JPA
    }

    public Customer(String name, String email, String phone, String cpf) {
        this.name = blankToNull(name);
        this.email = email == null || email.isBlank() ? null : EmailAddress.normalise(email.strip());
        // E.164 when it is a number we can place, so a caller's number matches the one typed on the form.
        this.phone = PhoneNumbers.normaliseLeniently(phone);
        this.cpf = cpf == null || cpf.isBlank() ? null : Cpf.parse(cpf).digits();
    }

    public static Customer anonymous() {
        return new Customer(null, null, null, null);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /**
     * This customer, completed with what the other knows and this one does not (a caller who gives
     * their CPF during the call). Nothing known is overwritten.
     */
    public Customer completedWith(Customer more) {
        return new Customer(name != null ? name : more.name, email != null ? email : more.email,
                phone != null ? phone : more.phone, cpf != null ? cpf : more.cpf);
    }

    public String name() {
        return name;
    }

    public String email() {
        return email;
    }

    public String phone() {
        return phone;
    }

    public String cpf() {
        return cpf;
    }

    public boolean isIdentified() {
        return email != null || phone != null || cpf != null;
    }

    /** The same customer with personal identifiers masked, for logs and untrusted viewers. */
    public String describeMasked() {
        return "Customer[email=" + EmailAddress.mask(email) + ", phone=" + PhoneNumbers.mask(phone)
                + ", cpf=" + (cpf == null ? null : Cpf.parse(cpf).masked()) + "]";
    }
}
