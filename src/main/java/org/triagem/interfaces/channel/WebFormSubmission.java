package org.triagem.interfaces.channel;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.FormParam;

/**
 * What the public web form sends, as JSON or as {@code application/x-www-form-urlencoded}. Every
 * personal field is optional (the SAC decree forbids demanding data before service); only the
 * description is required.
 */
public class WebFormSubmission {

    /** Descriptions are capped at 64 KB of UTF-8: longer ones are refused with 413, not truncated. */
    public static final int MAX_DESCRIPTION_BYTES = 64 * 1024;

    /** Text without NUL: refused on the form as in JSON (StrictJson) and on the phone webhook. */
    private static final String NO_NUL = "[^\\x00]*";

    @FormParam("name")
    @Size(max = 200, message = "must be at most 200 characters")
    @Pattern(regexp = NO_NUL, message = "contains a NUL character")
    private String name;

    @FormParam("email")
    @ValidEmail
    private String email;

    @FormParam("phone")
    @Pattern(regexp = "^$|^[+]?[0-9 ().-]{8,20}$", message = "must be a phone number, such as +55 11 98765-4321")
    private String phone;

    @FormParam("cpf")
    @ValidCpf
    private String cpf;

    @FormParam("subject")
    @Size(max = 300, message = "must be at most 300 characters")
    @Pattern(regexp = NO_NUL, message = "contains a NUL character")
    private String subject;

    @FormParam("description")
    @NotBlank(message = "is required")
    @Pattern(regexp = NO_NUL, message = "contains a NUL character")
    private String description;

    @FormParam("categoryHint")
    @Size(max = 80, message = "must be at most 80 characters")
    @Pattern(regexp = NO_NUL, message = "contains a NUL character")
    private String categoryHint;

    /** A token the form page generates once per form, so a double submit opens one case. */
    @FormParam("formToken")
    @Pattern(regexp = "^$|^[A-Za-z0-9-]{8,64}$", message = "must be 8 to 64 letters, digits or dashes")
    private String formToken;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getCpf() {
        return cpf;
    }

    public void setCpf(String cpf) {
        this.cpf = cpf;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getCategoryHint() {
        return categoryHint;
    }

    public void setCategoryHint(String categoryHint) {
        this.categoryHint = categoryHint;
    }

    public String getFormToken() {
        return formToken;
    }

    public void setFormToken(String formToken) {
        this.formToken = formToken;
    }

    public boolean descriptionTooLarge() {
        return description != null
                && description.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_DESCRIPTION_BYTES;
    }
}
