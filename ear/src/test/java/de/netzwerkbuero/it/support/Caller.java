package de.netzwerkbuero.it.support;

import jakarta.ejb.EJBAccessException;

import java.util.concurrent.Callable;

/** Runs work under some identity; the implementations are EJBs with {@code @RunAs}. */
public interface Caller {

    <T> T call(Callable<T> work) throws Exception;

    /** Whether the identity may do the work: false when the EJB layer refuses it with an access exception. */
    static boolean allowed(Caller caller, Callable<?> work) throws Exception {
        try {
            if (caller == null) {
                work.call();
            } else {
                caller.call(work);
            }
            return true;
        } catch (EJBAccessException e) {
            return false;
        }
    }
}
