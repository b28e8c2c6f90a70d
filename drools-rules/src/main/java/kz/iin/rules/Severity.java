package kz.iin.rules;

public enum Severity {
    INFO,
    WARNING,
    ERROR
}
