package org.tandem.identity.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;
import org.tandem.identity.DealSizeBand;
import org.tandem.identity.RepProfile;
import org.tandem.identity.UserId;

/**
 * The stored form of a rep profile; lists are kept as comma-separated, normalised values.
 */
@Table("identity_rep_profile")
public class RepProfileRecord {

	@Id
	private UUID userId;

	private String productLines = "";

	private String industries = "";

	private String regions = "";

	private String languages = "";

	private DealSizeBand dealSizeBand = DealSizeBand.ANY;

	private int capacity = 50;

	private String timeZone = "UTC";

	private LocalTime workStart = LocalTime.of(9, 0);

	private LocalTime workEnd = LocalTime.of(18, 0);

	private String workingDays = "MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY";

	private @Nullable LocalDate outOfOfficeFrom;

	private @Nullable LocalDate outOfOfficeUntil;

	@Version
	private @Nullable Long version;

	RepProfileRecord() {
	}

	public static RepProfileRecord forUser(UserId user) {
		RepProfileRecord record = new RepProfileRecord();
		record.userId = user.value();
		return record;
	}

	public void apply(RepProfile profile) {
		if (!profile.workStart().isBefore(profile.workEnd())) {
			throw new IllegalArgumentException("workEnd must be after workStart");
		}
		this.productLines = join(profile.productLines());
		this.industries = join(profile.industries());
		this.regions = join(profile.regions());
		this.languages = join(profile.languages());
		this.dealSizeBand = profile.dealSizeBand();
		this.capacity = profile.capacity();
		this.timeZone = profile.timeZone().getId();
		this.workStart = profile.workStart();
		this.workEnd = profile.workEnd();
		this.workingDays = profile.workingDays().stream().map(DayOfWeek::name).collect(Collectors.joining(","));
		this.outOfOfficeFrom = profile.outOfOfficeFrom();
		this.outOfOfficeUntil = profile.outOfOfficeUntil();
	}

	public RepProfile view() {
		Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
		split(this.workingDays).forEach(day -> days.add(DayOfWeek.valueOf(day.toUpperCase(Locale.ROOT))));
		return new RepProfile(new UserId(this.userId), split(this.productLines), split(this.industries),
				split(this.regions), split(this.languages), this.dealSizeBand, this.capacity, ZoneId.of(this.timeZone),
				this.workStart, this.workEnd, days, this.outOfOfficeFrom, this.outOfOfficeUntil);
	}

	static String join(Set<String> values) {
		return values.stream()
			.map(value -> value.trim().toLowerCase(Locale.ROOT))
			.filter(value -> !value.isEmpty())
			.distinct()
			.collect(Collectors.joining(","));
	}

	static Set<String> split(String joined) {
		return Arrays.stream(joined.split(","))
			.map(String::trim)
			.filter(value -> !value.isEmpty())
			.collect(Collectors.toCollection(LinkedHashSet::new));
	}

}
