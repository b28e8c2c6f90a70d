package com.example.reissue;

import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.util.List;
import kz.iin.rules.Applicant;
import kz.iin.rules.Application;
import kz.iin.rules.Case;
import kz.iin.rules.Decision;
import kz.iin.rules.Document;
import kz.iin.rules.EligibilityService;
import kz.iin.rules.authoring.IdNumber;

/** The desk: records citizens, decides document reissue from what is recorded, and reports for the registry. */
public final class ReissueDesk {
    private final EntityManagerFactory database;

    public ReissueDesk(EntityManagerFactory database) {
        this.database = database;
    }

    /**
     * Records a citizen and returns their id.
     *
     * @throws jakarta.validation.ConstraintViolationException when the IIN is not valid (before any SQL)
     */
    public long register(Citizen citizen) {
        database.runInTransaction(em -> em.persist(citizen));
        return citizen.id();
    }

    /** The reissue decision for a recorded citizen's document, by the rules in force on {@code asOf}. */
    public Decision decideReissue(long citizenId, LocalDate asOf, Application application) {
        Citizen c = database.callInTransaction(em -> em.find(Citizen.class, citizenId));
        Applicant applicant = new Applicant(IdNumber.of(c.iin()), c.citizenship(), c.permanentResident(),
                c.birthDate(), c.sex());
        Document document = new Document(c.documentType(), c.documentIssued(), c.iinPrinted());
        return EligibilityService.shared().decide(new Case(asOf, applicant, document, application));
    }

    /**
     * Citizens whose IIN encodes another birth date than their documents give: information for the registry,
     * never a reason to refuse anyone (since 2013 the digits need not match the person).
     */
    public List<Long> encodedBirthDateDiffersFromDocuments() {
        return database.callInTransaction(em -> em.createQuery(
                "select c.id from Citizen c where iin_birth_date(c.iin) <> c.birthDate order by c.id", Long.class)
                .getResultList());
    }
}
