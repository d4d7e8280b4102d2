package vn.dondoc.directive;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.dondoc.common.RuleViolation;

/**
 * A directive (văn bản chỉ đạo) that assigns tasks to the Department, or the placeholder
 * of a confidential one, which holds no content at all (Điều 6.2).
 */
@Entity
@Table(name = "directive")
public class Directive {

	public enum State {

		OPEN, RETURNED

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String registerCode;

	@Enumerated(EnumType.STRING)
	private Confidentiality confidentiality;

	@Enumerated(EnumType.STRING)
	private DirectiveKind kind;

	private String numberSymbol;

	private String summary;

	private LocalDate issueDate;

	private String signer;

	@Enumerated(EnumType.STRING)
	private SignerPosition signerPosition;

	@Enumerated(EnumType.STRING)
	private Issuer issuer;

	private LocalDate receivedDate;

	@Column(name = "lead_unit_id")
	private Long leadUnitId;

	@Enumerated(EnumType.STRING)
	private State status = State.OPEN;

	private String returnReason;

	private Instant returnedAt;

	private String returnedBy;

	private String instruction;

	private String instructionBy;

	private Instant instructionAt;

	private Instant createdAt;

	private String createdBy;

	@Version
	private long version;

	protected Directive() {
	}

	/**
	 * A directive with its content.
	 */
	static Directive registered(String registerCode, DirectiveContent content, LocalDate receivedDate, String createdBy,
			Instant now) {
		Directive directive = new Directive();
		directive.registerCode = registerCode;
		directive.confidentiality = Confidentiality.NORMAL;
		directive.kind = Objects.requireNonNull(content.kind());
		directive.numberSymbol = Objects.requireNonNull(content.numberSymbol());
		directive.summary = Objects.requireNonNull(content.summary());
		directive.issueDate = Objects.requireNonNull(content.issueDate());
		directive.signer = content.signer();
		directive.signerPosition = content.signerPosition();
		directive.issuer = Objects.requireNonNull(content.issuer());
		directive.receivedDate = Objects.requireNonNull(receivedDate);
		directive.createdBy = createdBy;
		directive.createdAt = now;
		return directive;
	}

	/**
	 * The placeholder of a confidential directive: an opaque code, the level, the date
	 * received and the lead unit, nothing else.
	 */
	static Directive placeholder(String registerCode, Confidentiality level, LocalDate receivedDate, long leadUnitId,
			String createdBy, Instant now) {
		if (!level.isConfidential()) {
			throw new IllegalArgumentException("A placeholder is only for confidential directives");
		}
		Directive directive = new Directive();
		directive.registerCode = registerCode;
		directive.confidentiality = level;
		directive.receivedDate = Objects.requireNonNull(receivedDate);
		directive.leadUnitId = leadUnitId;
		directive.createdBy = createdBy;
		directive.createdAt = now;
		return directive;
	}

	/**
	 * Leadership's instruction on the directive (ý kiến chỉ đạo).
	 */
	void instruct(String text, String by, Instant at) {
		requireContent();
		requireOpen();
		this.instruction = Objects.requireNonNull(text);
		this.instructionBy = by;
		this.instructionAt = at;
	}

	/**
	 * Sent back to Văn phòng UBND tỉnh as unclear or outside the Department's remit (Điều
	 * 5.1c).
	 */
	void returnToIssuer(String reason, String by, Instant at) {
		requireContent();
		requireOpen();
		this.status = State.RETURNED;
		this.returnReason = Objects.requireNonNull(reason);
		this.returnedBy = by;
		this.returnedAt = at;
	}

	private void requireOpen() {
		if (this.status != State.OPEN) {
			throw new RuleViolation(null, "directive.returned");
		}
	}

	private void requireContent() {
		if (this.confidentiality.isConfidential()) {
			throw new ConfidentialContentRefused();
		}
	}

	Map<String, Object> auditState() {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("registerCode", this.registerCode);
		state.put("confidentiality", this.confidentiality.name());
		if (!this.confidentiality.isConfidential()) {
			state.put("kind", this.kind.name());
			state.put("numberSymbol", this.numberSymbol);
			state.put("summary", this.summary);
			state.put("issueDate", String.valueOf(this.issueDate));
			state.put("signer", this.signer);
			state.put("issuer", this.issuer.name());
			state.put("instruction", this.instruction);
			state.put("returnReason", this.returnReason);
		}
		else {
			state.put("leadUnitId", this.leadUnitId);
		}
		state.put("receivedDate", String.valueOf(this.receivedDate));
		state.put("status", this.status.name());
		return state;
	}

	/** How the directive is named in lists, messages and the audit trail. */
	public String label() {
		return this.confidentiality.isConfidential() ? this.registerCode : this.numberSymbol;
	}

	public Long getId() {
		return this.id;
	}

	public String getRegisterCode() {
		return this.registerCode;
	}

	public Confidentiality getConfidentiality() {
		return this.confidentiality;
	}

	public boolean isConfidential() {
		return this.confidentiality.isConfidential();
	}

	public DirectiveKind getKind() {
		return this.kind;
	}

	public String getNumberSymbol() {
		return this.numberSymbol;
	}

	public String getSummary() {
		return this.summary;
	}

	public LocalDate getIssueDate() {
		return this.issueDate;
	}

	public String getSigner() {
		return this.signer;
	}

	public SignerPosition getSignerPosition() {
		return this.signerPosition;
	}

	public Issuer getIssuer() {
		return this.issuer;
	}

	public LocalDate getReceivedDate() {
		return this.receivedDate;
	}

	public Long getLeadUnitId() {
		return this.leadUnitId;
	}

	public State getStatus() {
		return this.status;
	}

	public boolean isReturned() {
		return this.status == State.RETURNED;
	}

	public String getReturnReason() {
		return this.returnReason;
	}

	public Instant getReturnedAt() {
		return this.returnedAt;
	}

	public String getReturnedBy() {
		return this.returnedBy;
	}

	public String getInstruction() {
		return this.instruction;
	}

	public String getInstructionBy() {
		return this.instructionBy;
	}

	public Instant getInstructionAt() {
		return this.instructionAt;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public String getCreatedBy() {
		return this.createdBy;
	}

	public long getVersion() {
		return this.version;
	}

}
