package vn.dondoc.directive;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;
import org.springframework.web.multipart.MultipartFile;

import vn.dondoc.common.Texts;

/**
 * What a person types into one of the action forms of a task page: a progress report, the
 * result, a request to return, an extension, a decision, a notice, an urge. Each action
 * reads the fields it needs; {@code version} is the task as the person saw it.
 */
public class TaskActionForm {

	/** Missing from a request, it matches no stored version: the save is refused. */
	private long version = -1;

	private Long assigneeId;

	private Long unitId;

	private String text;

	private String proposal;

	private String delayReason;

	@DateTimeFormat(pattern = "dd/MM/yyyy")
	private LocalDate date;

	private String number;

	private Boolean approve;

	private UrgeChannel channel = UrgeChannel.SYSTEM;

	private UrgeWeight weight = UrgeWeight.REMINDER;

	private String targetPerson;

	private List<MultipartFile> files = new ArrayList<>();

	/** The longest text each field may hold, as the database stores it. */
	static final int MAX_TEXT = 10_000;

	static final int MAX_NUMBER = 100;

	static final int MAX_PERSON = 150;

	/**
	 * Rejects the field as required when it is blank or too long; returns the cleaned
	 * text.
	 */
	String required(Errors errors, String field) {
		String value = Texts.clean(switch (field) {
			case "text" -> this.text;
			case "number" -> this.number;
			default -> throw new IllegalArgumentException(field);
		});
		int max = field.equals("number") ? MAX_NUMBER : MAX_TEXT;
		if (value == null) {
			errors.rejectValue(field, "NotBlank");
		}
		else if (value.length() > max) {
			errors.rejectValue(field, "Size", new Object[] { field, max, 1 }, null);
		}
		return value;
	}

	/** Rejects optional texts that are longer than their column. */
	void checkLengths(Errors errors) {
		check(errors, "proposal", this.proposal, MAX_TEXT);
		check(errors, "delayReason", this.delayReason, MAX_TEXT);
		check(errors, "targetPerson", this.targetPerson, MAX_PERSON);
		if (this.text != null && this.text.length() > MAX_TEXT && !errors.hasFieldErrors("text")) {
			errors.rejectValue("text", "Size", new Object[] { "text", MAX_TEXT, 0 }, null);
		}
	}

	private static void check(Errors errors, String field, String value, int max) {
		if (value != null && value.strip().length() > max) {
			errors.rejectValue(field, "Size", new Object[] { field, max, 0 }, null);
		}
	}

	LocalDate requiredDate(Errors errors) {
		if (this.date == null && !errors.hasFieldErrors("date")) {
			errors.rejectValue("date", "NotNull");
		}
		return this.date;
	}

	List<Upload> uploads() {
		return Upload.from(this.files);
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public Long getAssigneeId() {
		return this.assigneeId;
	}

	public void setAssigneeId(Long assigneeId) {
		this.assigneeId = assigneeId;
	}

	public Long getUnitId() {
		return this.unitId;
	}

	public void setUnitId(Long unitId) {
		this.unitId = unitId;
	}

	public String getText() {
		return this.text;
	}

	public void setText(String text) {
		this.text = text;
	}

	public String getProposal() {
		return this.proposal;
	}

	public void setProposal(String proposal) {
		this.proposal = proposal;
	}

	public String getDelayReason() {
		return this.delayReason;
	}

	public void setDelayReason(String delayReason) {
		this.delayReason = delayReason;
	}

	public LocalDate getDate() {
		return this.date;
	}

	public void setDate(LocalDate date) {
		this.date = date;
	}

	public String getNumber() {
		return this.number;
	}

	public void setNumber(String number) {
		this.number = number;
	}

	public Boolean getApprove() {
		return this.approve;
	}

	public void setApprove(Boolean approve) {
		this.approve = approve;
	}

	public UrgeChannel getChannel() {
		return this.channel;
	}

	public void setChannel(UrgeChannel channel) {
		this.channel = channel;
	}

	public UrgeWeight getWeight() {
		return this.weight;
	}

	public void setWeight(UrgeWeight weight) {
		this.weight = weight;
	}

	public String getTargetPerson() {
		return this.targetPerson;
	}

	public void setTargetPerson(String targetPerson) {
		this.targetPerson = targetPerson;
	}

	public List<MultipartFile> getFiles() {
		return this.files;
	}

	public void setFiles(List<MultipartFile> files) {
		this.files = files;
	}

}
