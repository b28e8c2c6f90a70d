package com.example.reissue;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import kz.iin.Sex;
import kz.iin.rules.Citizenship;
import kz.iin.rules.DocumentType;
import kz.iin.validation.Iin;

/**
 * A citizen as the desk records them: the IIN, and the person's data as their documents give them (never as
 * the IIN encodes them). The iin column is of the domain iin.iin; {@code @Iin} stops a bad number before SQL.
 */
@Entity
public class Citizen {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Iin
    @NotNull
    private String iin;
    @Enumerated(EnumType.STRING)
    private Citizenship citizenship;
    private Boolean permanentResident;
    private LocalDate birthDate;
    @Enumerated(EnumType.STRING)
    private Sex sex;
    @Enumerated(EnumType.STRING)
    private DocumentType documentType;
    private LocalDate documentIssued;
    private boolean iinPrinted;

    protected Citizen() {
    }

    public Citizen(String iin, Citizenship citizenship, Boolean permanentResident, LocalDate birthDate, Sex sex,
                   DocumentType documentType, LocalDate documentIssued, boolean iinPrinted) {
        this.iin = iin;
        this.citizenship = citizenship;
        this.permanentResident = permanentResident;
        this.birthDate = birthDate;
        this.sex = sex;
        this.documentType = documentType;
        this.documentIssued = documentIssued;
        this.iinPrinted = iinPrinted;
    }

    public Long id() {
        return id;
    }

    public String iin() {
        return iin;
    }

    public Citizenship citizenship() {
        return citizenship;
    }

    public Boolean permanentResident() {
        return permanentResident;
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    public Sex sex() {
        return sex;
    }

    public DocumentType documentType() {
        return documentType;
    }

    public LocalDate documentIssued() {
        return documentIssued;
    }

    public boolean iinPrinted() {
        return iinPrinted;
    }
}
