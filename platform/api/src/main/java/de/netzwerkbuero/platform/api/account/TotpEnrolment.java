package de.netzwerkbuero.platform.api.account;

import java.io.Serializable;

/**
 * A one-time password secret being enrolled: shown once to its owner as Base32 text and as an
 * {@code otpauth://totp/...} URI (for a QR code). The only time the secret leaves the platform module.
 */
public record TotpEnrolment(String secretBase32, String otpauthUri) implements Serializable {

    @Override
    public String toString() {
        return "TotpEnrolment[secret hidden]";
    }
}
