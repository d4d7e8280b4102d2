package vn.dondoc.directive;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;
import org.springframework.web.multipart.MultipartFile;

import vn.dondoc.common.Texts;

/**
 * The registration form: the directive and its tasks in one page (SPEC §2, §3).
 */
public class DirectiveForm {

	@NotNull
	private DirectiveKind kind;

	@NotBlank
	@Size(max = 100)
	private String numberSymbol;

	@NotBlank
	@Size(max = 4000)
	private String summary;

	@NotNull
	@DateTimeFormat(pattern = "dd/MM/yyyy")
	private LocalDate issueDate;

	@Size(max = 150)
	private String signer;

	private SignerPosition signerPosition;

	@NotNull
	private Issuer issuer = Issuer.UBND_TINH;

	@NotNull
	@DateTimeFormat(pattern = "dd/MM/yyyy")
	private LocalDate receivedDate;

	private List<MultipartFile> files = new ArrayList<>();

	private List<TaskForm> tasks = new ArrayList<>();

	/** The file the form was read from (kept by the reading module), if any. */
	private Long readFile;

	private String readFileName;

	public Long getReadFile() {
		return this.readFile;
	}

	public void setReadFile(Long readFile) {
		this.readFile = readFile;
	}

	public String getReadFileName() {
		return this.readFileName;
	}

	public void setReadFileName(String readFileName) {
		this.readFileName = readFileName;
	}

	/** The arrived document (edXML) this form registers, if any. */
	private Long incoming;

	public Long getIncoming() {
		return this.incoming;
	}

	public void setIncoming(Long incoming) {
		this.incoming = incoming;
	}

	void validateTasks(Errors errors) {
		for (int i = 0; i < this.tasks.size(); i++) {
			this.tasks.get(i).validate(errors, "tasks[" + i + "].", true);
		}
	}

	DirectiveContent toContent() {
		return new DirectiveContent(this.kind, Texts.clean(this.numberSymbol), Texts.clean(this.summary),
				this.issueDate, Texts.clean(this.signer), this.signerPosition, this.issuer);
	}

	public DirectiveKind getKind() {
		return this.kind;
	}

	public void setKind(DirectiveKind kind) {
		this.kind = kind;
	}

	public String getNumberSymbol() {
		return this.numberSymbol;
	}

	public void setNumberSymbol(String numberSymbol) {
		this.numberSymbol = numberSymbol;
	}

	public String getSummary() {
		return this.summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

	public LocalDate getIssueDate() {
		return this.issueDate;
	}

	public void setIssueDate(LocalDate issueDate) {
		this.issueDate = issueDate;
	}

	public String getSigner() {
		return this.signer;
	}

	public void setSigner(String signer) {
		this.signer = signer;
	}

	public SignerPosition getSignerPosition() {
		return this.signerPosition;
	}

	public void setSignerPosition(SignerPosition signerPosition) {
		this.signerPosition = signerPosition;
	}

	public Issuer getIssuer() {
		return this.issuer;
	}

	public void setIssuer(Issuer issuer) {
		this.issuer = issuer;
	}

	public LocalDate getReceivedDate() {
		return this.receivedDate;
	}

	public void setReceivedDate(LocalDate receivedDate) {
		this.receivedDate = receivedDate;
	}

	public List<MultipartFile> getFiles() {
		return this.files;
	}

	public void setFiles(List<MultipartFile> files) {
		this.files = files;
	}

	public List<TaskForm> getTasks() {
		return this.tasks;
	}

	public void setTasks(List<TaskForm> tasks) {
		this.tasks = tasks;
	}

}
