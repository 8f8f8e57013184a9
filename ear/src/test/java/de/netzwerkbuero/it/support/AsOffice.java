package de.netzwerkbuero.it.support;

import de.netzwerkbuero.platform.api.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import org.jboss.ejb3.annotation.RunAsPrincipal;

import java.util.concurrent.Callable;

/** Runs work as the user "office" with the role {@link Roles#OFFICE}. */
@Stateless
@LocalBean
@PermitAll
@RunAs(Roles.OFFICE)
@RunAsPrincipal("office")
public class AsOffice implements Caller {

    @Override
    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}
