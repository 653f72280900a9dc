package org.alliances.partnerships.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.alliances.partnerships.ImpactSide;
import org.alliances.partnerships.Indicator;
import org.alliances.partnerships.IndicatorEntry;
import org.alliances.partnerships.IndicatorForm;
import org.alliances.partnerships.MeasureUnit;

/** A measure of one impact indicator, on one side of the double impact. */
@Entity
@Table(name = "partnerships_indicator")
public class StoredIndicator {

    @Id
    private UUID id;
    @Column(name = "partnership_id")
    private UUID partnershipId;
    @Enumerated(EnumType.STRING)
    private Indicator indicator;
    @Enumerated(EnumType.STRING)
    private ImpactSide side;
    private String label;
    @Enumerated(EnumType.STRING)
    private MeasureUnit unit;
    private BigDecimal value;
    @Column(name = "measured_on")
    private LocalDate measuredOn;
    @Column(name = "recorded_by")
    private String recordedBy;
    @Column(name = "recorded_at")
    private Instant recordedAt;

    protected StoredIndicator() {
    }

    /** A named indicator keeps its own unit; an "other" one the unit and name given. */
    public StoredIndicator(UUID partnershipId, IndicatorForm form, String recordedBy, Instant now) {
        this.id = UUID.randomUUID();
        this.partnershipId = partnershipId;
        this.indicator = form.indicator();
        this.side = form.indicator().side();
        this.label = form.indicator().isOther() ? form.label().strip() : null;
        this.unit = form.indicator().isOther() ? form.unit() : form.indicator().unit();
        this.value = form.value().setScale(2, java.math.RoundingMode.HALF_UP);
        this.measuredOn = form.measuredOn();
        this.recordedBy = recordedBy;
        this.recordedAt = now;
    }

    public IndicatorEntry toEntry() {
        return new IndicatorEntry(id, indicator, label, value, unit, measuredOn, recordedBy);
    }
}
