package de.netzwerkbuero.membership.infrastructure;

import de.netzwerkbuero.membership.boundary.DemoSeeder;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import java.util.logging.Logger;

/**
 * In demo mode only ({@code -Dnetzwerk.demo=true}) and only on an empty member table: imports the register and
 * creates the Starke Orte network's founders, applicants in several states, prospects and an open round.
 * Other modules' demo data may depend on this bean ({@code @DependsOn("MembershipDemoData")}).
 */
@Startup
@Singleton
@DependsOn("MembershipSchema")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MembershipDemoData {

    private static final Logger LOG = Logger.getLogger(MembershipDemoData.class.getName());

    @EJB
    private DemoSeeder seeder;

    @PostConstruct
    void seed() {
        if (!MembershipSettings.demo()) {
            return;
        }
        if (!seeder.membersEmpty()) {
            LOG.info("Membership demo data: members exist already, nothing seeded");
            return;
        }
        seeder.importRegisterIfEmpty();
        seeder.seed();
        LOG.info("Membership demo data seeded");
    }
}
