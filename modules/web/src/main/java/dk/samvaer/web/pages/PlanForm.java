package dk.samvaer.web.pages;

import dk.samvaer.activities.api.Category;
import dk.samvaer.activities.api.Setting;
import dk.samvaer.kernel.Denmark;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;

/** The fields of "plan an activity", as typed; the rules are the aggregate's. */
public class PlanForm {

    private UUID centreId;
    private String title;
    private Category category;
    private Setting setting;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate date;

    @DateTimeFormat(pattern = "HH:mm")
    private LocalTime time;

    private String description;
    private BigDecimal costPerParticipant;
    private String transport;
    private String accessibilityNotes;

    /** The start in Danish time; null until both date and time are given (the aggregate then says it is missing). */
    public OffsetDateTime getStartsAt() {
        return date == null || time == null
                ? null
                : date.atTime(time).atZone(Denmark.ZONE).toOffsetDateTime();
    }

    public UUID getCentreId() {
        return centreId;
    }

    public void setCentreId(UUID centreId) {
        this.centreId = centreId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public Category getCategory() {
        return category;
    }

    public void setCategory(Category category) {
        this.category = category;
    }

    public Setting getSetting() {
        return setting;
    }

    public void setSetting(Setting setting) {
        this.setting = setting;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public LocalTime getTime() {
        return time;
    }

    public void setTime(LocalTime time) {
        this.time = time;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public BigDecimal getCostPerParticipant() {
        return costPerParticipant;
    }

    public void setCostPerParticipant(BigDecimal costPerParticipant) {
        this.costPerParticipant = costPerParticipant;
    }

    public String getTransport() {
        return transport;
    }

    public void setTransport(String transport) {
        this.transport = transport;
    }

    public String getAccessibilityNotes() {
        return accessibilityNotes;
    }

    public void setAccessibilityNotes(String accessibilityNotes) {
        this.accessibilityNotes = accessibilityNotes;
    }
}
