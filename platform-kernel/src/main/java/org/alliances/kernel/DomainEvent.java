package org.alliances.kernel;

/**
 * What every module's domain events are: past-tense records of ids, codes, amounts and dates, never names, e-mails or
 * free text (the event log is kept; erasing a person must not have to rewrite it). Read models that follow several
 * modules (the observatory) and the modules' replays speak of this type instead of {@code Object}.
 */
public interface DomainEvent {
}
