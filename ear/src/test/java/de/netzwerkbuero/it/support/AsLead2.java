package de.netzwerkbuero.it.support;

import de.netzwerkbuero.platform.api.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import org.jboss.ejb3.annotation.RunAsPrincipal;

import java.util.concurrent.Callable;

/** Runs work as the user "lead2" with the role {@link Roles#PROJECT_LEAD}. */
@Stateless
@LocalBean
@PermitAll
@RunAs(Roles.PROJECT_LEAD)
@RunAsPrincipal("lead2")
public class AsLead2 implements Caller {

    @Override
    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}
