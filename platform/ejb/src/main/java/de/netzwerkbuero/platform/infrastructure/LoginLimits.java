package de.netzwerkbuero.platform.infrastructure;

import de.netzwerkbuero.platform.domain.LoginThrottle;
import jakarta.enterprise.context.ApplicationScoped;

/** The one login throttle of this server node. */
@ApplicationScoped
public class LoginLimits {

    private final LoginThrottle throttle = new LoginThrottle();

    public LoginThrottle throttle() {
        return throttle;
    }
}
