package vn.dondoc.reading;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

/**
 * The ruled lines of a page — a table's cell borders — as the grid they draw: the x of
 * its columns' borders and the y of its rows' borders, from the page's top. A table
 * without borders draws no grid (and stays text).
 */
final class Rulings extends PDFGraphicsStreamEngine {

	/** A grid: column borders left to right, row borders top to bottom. */
	record Grid(List<Float> columns, List<Float> rows) {

		boolean contains(float x, float y) {
			return x > this.columns.get(0) && x < this.columns.get(this.columns.size() - 1) && y > this.rows.get(0)
					&& y < this.rows.get(this.rows.size() - 1);
		}

		int column(float x) {
			for (int i = 1; i < this.columns.size(); i++) {
				if (x < this.columns.get(i)) {
					return i - 1;
				}
			}
			return this.columns.size() - 2;
		}

		int row(float y) {
			for (int i = 1; i < this.rows.size(); i++) {
				if (y < this.rows.get(i)) {
					return i - 1;
				}
			}
			return this.rows.size() - 2;
		}

	}

	private final float height;

	private final List<float[]> path = new ArrayList<>();

	private final TreeSet<Float> xs = new TreeSet<>();

	private final TreeSet<Float> ys = new TreeSet<>();

	private float[] last;

	private float[] start;

	Rulings(PDPage page) {
		super(page);
		this.height = page.getCropBox().getHeight() + page.getCropBox().getLowerLeftY();
	}

	/** The page's grid, if its lines draw one of two columns or more. */
	static java.util.Optional<Grid> of(PDPage page) throws IOException {
		Rulings rulings = new Rulings(page);
		rulings.processPage(page);
		List<Float> columns = cluster(rulings.xs);
		List<Float> rows = cluster(rulings.ys);
		if (columns.size() < 3 || rows.size() < 3) {
			return java.util.Optional.empty();
		}
		return java.util.Optional.of(new Grid(columns, rows));
	}

	private static List<Float> cluster(TreeSet<Float> values) {
		List<Float> clustered = new ArrayList<>();
		for (float v : values) {
			if (clustered.isEmpty() || v - clustered.get(clustered.size() - 1) > 3) {
				clustered.add(v);
			}
		}
		return clustered;
	}

	private void segment(float x1, float y1, float x2, float y2) {
		this.path.add(new float[] { x1, y1, x2, y2 });
	}

	private void commit(boolean filled) {
		for (float[] s : this.path) {
			float dx = Math.abs(s[2] - s[0]);
			float dy = Math.abs(s[3] - s[1]);
			if (dx < 1.5f && dy > 6) {
				this.xs.add(Math.round((s[0] + s[2]) / 2 * 2) / 2f);
			}
			else if (dy < 1.5f && dx > 6) {
				this.ys.add(Math.round((this.height - (s[1] + s[3]) / 2) * 2) / 2f);
			}
		}
		this.path.clear();
	}

	@Override
	public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
		float x0 = (float) p0.getX();
		float y0 = (float) p0.getY();
		float x2 = (float) p2.getX();
		float y2 = (float) p2.getY();
		float w = Math.abs(x2 - x0);
		float h = Math.abs(y2 - y0);
		if (w < 1.5f || h < 1.5f) {
			// A thin filled rectangle is a line.
			segment(x0, y0, x2, y2);
			return;
		}
		segment(x0, y0, x2, y0);
		segment(x2, y0, x2, y2);
		segment(x2, y2, x0, y2);
		segment(x0, y2, x0, y0);
	}

	@Override
	public void moveTo(float x, float y) {
		this.last = new float[] { x, y };
		this.start = this.last;
	}

	@Override
	public void lineTo(float x, float y) {
		if (this.last != null) {
			segment(this.last[0], this.last[1], x, y);
		}
		this.last = new float[] { x, y };
	}

	@Override
	public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
		this.last = new float[] { x3, y3 };
	}

	@Override
	public Point2D getCurrentPoint() {
		return (this.last != null) ? new Point2D.Float(this.last[0], this.last[1]) : new Point2D.Float();
	}

	@Override
	public void closePath() {
		if (this.last != null && this.start != null) {
			segment(this.last[0], this.last[1], this.start[0], this.start[1]);
		}
	}

	@Override
	public void endPath() {
		this.path.clear();
	}

	@Override
	public void strokePath() {
		commit(false);
	}

	@Override
	public void fillPath(int windingRule) {
		commit(true);
	}

	@Override
	public void fillAndStrokePath(int windingRule) {
		commit(true);
	}

	@Override
	public void clip(int windingRule) {
		// A clip draws nothing; its path is ended by endPath.
	}

	@Override
	public void drawImage(PDImage pdImage) {
		// Images draw no rules.
	}

	@Override
	public void shadingFill(COSName shadingName) {
		// Nothing to collect.
	}

}
