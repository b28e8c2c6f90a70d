package kz.iin.rules;

import org.drools.ruleunits.api.DataSource;
import org.drools.ruleunits.api.DataStore;
import org.drools.ruleunits.api.RuleUnitData;

import kz.iin.rules.authoring.AsOf;
import kz.iin.rules.conclusions.ApplyTo;
import kz.iin.rules.conclusions.DocumentValidity;
import kz.iin.rules.conclusions.FeeDue;
import kz.iin.rules.conclusions.MissingDocument;
import kz.iin.rules.conclusions.Note;
import kz.iin.rules.conclusions.ReissueAvailable;
import kz.iin.rules.conclusions.ReissueRequired;
import kz.iin.rules.facts.Classified;

/**
 * The data of one eligibility decision. Inputs: {@code asOf}, {@code applicants}, {@code documents},
 * {@code applications}. Classification rules add to {@code classifications}; decision rules add to the
 * conclusion stores. The DRL files of this unit are in {@code src/main/resources/kz/iin/rules/}.
 */
public class EligibilityUnit implements RuleUnitData {
    private final DataStore<AsOf> asOf = DataSource.createStore();
    private final DataStore<Applicant> applicants = DataSource.createStore();
    private final DataStore<Document> documents = DataSource.createStore();
    private final DataStore<Application> applications = DataSource.createStore();

    private final DataStore<Classified> classifications = DataSource.createStore();

    private final DataStore<DocumentValidity> validity = DataSource.createStore();
    private final DataStore<ReissueRequired> reissueRequired = DataSource.createStore();
    private final DataStore<ReissueAvailable> reissueAvailable = DataSource.createStore();
    private final DataStore<FeeDue> fees = DataSource.createStore();
    private final DataStore<ApplyTo> agencies = DataSource.createStore();
    private final DataStore<MissingDocument> missingDocuments = DataSource.createStore();
    private final DataStore<Note> findings = DataSource.createStore();

    public DataStore<AsOf> getAsOf() {
        return asOf;
    }

    public DataStore<Applicant> getApplicants() {
        return applicants;
    }

    public DataStore<Document> getDocuments() {
        return documents;
    }

    public DataStore<Application> getApplications() {
        return applications;
    }

    public DataStore<Classified> getClassifications() {
        return classifications;
    }

    public DataStore<DocumentValidity> getValidity() {
        return validity;
    }

    public DataStore<ReissueRequired> getReissueRequired() {
        return reissueRequired;
    }

    public DataStore<ReissueAvailable> getReissueAvailable() {
        return reissueAvailable;
    }

    public DataStore<FeeDue> getFees() {
        return fees;
    }

    public DataStore<ApplyTo> getAgencies() {
        return agencies;
    }

    public DataStore<MissingDocument> getMissingDocuments() {
        return missingDocuments;
    }

    public DataStore<Note> getFindings() {
        return findings;
    }
}
