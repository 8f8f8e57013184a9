package de.netzwerkbuero.platform.infrastructure;

import de.netzwerkbuero.platform.api.account.TotpPolicy;
import de.netzwerkbuero.platform.domain.SecuritySetting;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** The stored security settings: which roles must use one-time passwords. */
@ApplicationScoped
public class SecuritySettings {

    static final String TOTP_REQUIRED_FOR = "totp.required-for";

    @PersistenceContext(unitName = "platform")
    private EntityManager em;

    public TotpPolicy totpPolicy() {
        SecuritySetting setting = em.find(SecuritySetting.class, TOTP_REQUIRED_FOR);
        if (setting == null || setting.getValue().isBlank()) {
            return new TotpPolicy(Set.of());
        }
        return new TotpPolicy(Arrays.stream(setting.getValue().split(",")).map(String::trim)
                .filter(r -> !r.isEmpty()).collect(Collectors.toSet()));
    }

    public void setTotpPolicy(TotpPolicy policy) {
        String value = String.join(",", new TreeSet<>(policy.requiredFor()));
        SecuritySetting setting = em.find(SecuritySetting.class, TOTP_REQUIRED_FOR);
        if (setting == null) {
            em.persist(new SecuritySetting(TOTP_REQUIRED_FOR, value));
        } else {
            setting.setValue(value);
        }
    }
}
