package kz.iin.rules;

import org.drools.ruleunits.api.DataSource;
import org.drools.ruleunits.api.DataStore;
import org.drools.ruleunits.api.RuleUnitData;

import kz.iin.rules.authoring.AsOf;
import kz.iin.rules.conclusions.Conclusion;
import kz.iin.rules.facts.Classified;

/**
 * The data of one eligibility decision. Inputs: {@code asOf}, {@code applicants}, {@code documents},
 * {@code applications}. Classification rules add to {@code classifications}; decision rules add every answer
 * and finding to {@code conclusions}, each carrying the rule that drew it. The DRL files of this unit are in
 * {@code src/main/resources/kz/iin/rules/}.
 */
public class EligibilityUnit implements RuleUnitData {
    private final DataStore<AsOf> asOf = DataSource.createStore();
    private final DataStore<Applicant> applicants = DataSource.createStore();
    private final DataStore<Document> documents = DataSource.createStore();
    private final DataStore<Application> applications = DataSource.createStore();

    private final DataStore<Classified> classifications = DataSource.createStore();
    private final DataStore<Conclusion> conclusions = DataSource.createStore();

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

    public DataStore<Conclusion> getConclusions() {
        return conclusions;
    }
}
