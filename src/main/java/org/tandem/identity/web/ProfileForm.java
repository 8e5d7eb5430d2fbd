package org.tandem.identity.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.tandem.identity.DealSizeBand;
import org.tandem.identity.RepProfile;
import org.tandem.identity.UserId;
import org.tandem.platform.InputRejectedException;

/**
 * A rep profile as the form edits it: lists as comma-separated text.
 */
record ProfileForm(@Size(max = 500) String productLines, @Size(max = 500) String industries,
		@Size(max = 500) String regions, @Size(max = 200) String languages, @NotNull DealSizeBand dealSizeBand,
		@Min(0) @Max(1000) int capacity, @NotBlank @Size(max = 60) String timeZone, @NotNull LocalTime workStart,
		@NotNull LocalTime workEnd, @Nullable Set<DayOfWeek> workingDays,
		@Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate outOfOfficeFrom,
		@Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate outOfOfficeUntil) {

	static ProfileForm of(RepProfile profile) {
		return new ProfileForm(String.join(", ", profile.productLines()), String.join(", ", profile.industries()),
				String.join(", ", profile.regions()), String.join(", ", profile.languages()), profile.dealSizeBand(),
				profile.capacity(), profile.timeZone().getId(), profile.workStart(), profile.workEnd(),
				profile.workingDays(), profile.outOfOfficeFrom(), profile.outOfOfficeUntil());
	}

	RepProfile toProfile(UserId user) {
		ZoneId zone;
		try {
			zone = ZoneId.of(this.timeZone.strip());
		}
		catch (RuntimeException ex) {
			throw new InputRejectedException("timeZone", "is not a known time zone, e.g. Europe/Moscow");
		}
		if (this.outOfOfficeFrom != null && this.outOfOfficeUntil != null
				&& this.outOfOfficeUntil.isBefore(this.outOfOfficeFrom)) {
			throw new InputRejectedException("outOfOfficeUntil", "must not be before the start of the absence");
		}
		Set<DayOfWeek> days = this.workingDays == null || this.workingDays.isEmpty() ? EnumSet.noneOf(DayOfWeek.class)
				: EnumSet.copyOf(this.workingDays);
		return new RepProfile(user, split(this.productLines), split(this.industries), split(this.regions),
				split(this.languages), this.dealSizeBand, this.capacity, zone, this.workStart, this.workEnd, days,
				this.outOfOfficeFrom, this.outOfOfficeUntil);
	}

	private static Set<String> split(@Nullable String text) {
		if (text == null) {
			return Set.of();
		}
		return Arrays.stream(text.split(","))
			.map(String::strip)
			.filter(value -> !value.isEmpty())
			.collect(Collectors.toCollection(LinkedHashSet::new));
	}

}
