package io.panelist.recommendation.severity;

import java.util.Arrays;

/**
 * The joint rater severity estimate of DESIGN.md ("Recommendation rules, version 2"): every score x that counts, by
 * rater r on cell c (an application and topic), is read as {@code x = m[c] + s[r] + e}, and the estimate minimizes
 * {@code sum (x - m[c] - s[r])^2 + 5 * sum s[r]^2}. Pure: scores in, numbers out.
 *
 * <p>Solved exactly rather than by alternating: for fixed s the best m[c] is the cell's mean of x - s[r], and putting
 * it back leaves one linear system in the raters alone, {@code (L + 5 I) s = b}, where
 * {@code (L v)[r] = sum over r's scores of (v[r] - mean of v over that score's cell)} and
 * {@code b[r] = sum over r's scores of (x - the cell's mean of x)}. L + 5 I is symmetric and positive definite (its
 * least eigenvalue is at least 5), so the solution is unique and conjugate gradients reach it in a few dozen passes
 * over the scores whatever their number; each pass is two loops over primitive arrays.
 */
public final class SeverityEstimator {
    /** The weight of the penalty on severities: like five scores of evidence that a rater is neutral. */
    static final double SHRINKAGE = 5.0;
    /** Below this many degrees of freedom sigma2 is not estimated from the residuals but taken as this prior. */
    static final int MIN_DEGREES_OF_FREEDOM = 20;
    static final double PRIOR_SIGMA2 = 0.5;
    /** Stop once the residual of the system is this small: the severities are then exact to about 1e-12. */
    private static final double RESIDUAL = 5e-12;
    private static final int MAX_PASSES = 10_000;

    private SeverityEstimator() {
    }

    /**
     * The scores to estimate from, as parallel primitive arrays: the cell and rater of each (indexes from 0) and its
     * value. Filled in any order; a cell or rater index that has no score is allowed and gets severity 0 (a rater)
     * or no mean (NaN, a cell).
     */
    public static final class Scores {
        private int[] cells = new int[1024];
        private int[] raters = new int[1024];
        private double[] values = new double[1024];
        private int size;
        private int cellCount;
        private int raterCount;

        public void add(int cell, int rater, double value) {
            if (cell < 0 || rater < 0) {
                throw new IllegalArgumentException("cell and rater indexes start at 0");
            }
            if (size == cells.length) {
                int grown = size * 2;
                cells = Arrays.copyOf(cells, grown);
                raters = Arrays.copyOf(raters, grown);
                values = Arrays.copyOf(values, grown);
            }
            cells[size] = cell;
            raters[size] = rater;
            values[size] = value;
            size++;
            cellCount = Math.max(cellCount, cell + 1);
            raterCount = Math.max(raterCount, rater + 1);
        }

        public int size() {
            return size;
        }

        int cellAt(int i) {
            return cells[i];
        }

        int raterAt(int i) {
            return raters[i];
        }

        double valueAt(int i) {
            return values[i];
        }
    }

    /**
     * The estimate: severity per rater index, the cell means m (NaN for a cell without scores), sigma2 with the
     * degrees of freedom it was measured on (N - cells - raters, counting those with scores; sigma2 is the prior 0.5
     * when they are under 20), and N.
     */
    public record Estimate(double[] severities, double[] cellMeans, double sigma2, int degreesOfFreedom, int scores) {
    }

    public static Estimate estimate(Scores scores) {
        int n = scores.size;
        int[] cellOf = scores.cells;
        int[] raterOf = scores.raters;
        double[] x = scores.values;
        double[] cellCount = new double[scores.cellCount];
        double[] raterCount = new double[scores.raterCount];
        double[] cellMeanOfX = new double[scores.cellCount];
        for (int i = 0; i < n; i++) {
            cellCount[cellOf[i]]++;
            raterCount[raterOf[i]]++;
            cellMeanOfX[cellOf[i]] += x[i];
        }
        divide(cellMeanOfX, cellCount);
        double[] b = new double[scores.raterCount];
        for (int i = 0; i < n; i++) {
            b[raterOf[i]] += x[i] - cellMeanOfX[cellOf[i]];
        }
        double[] severities = new NormalEquations(cellOf, raterOf, n, cellCount, raterCount).solve(b);
        double[] cellMeans = new double[scores.cellCount];
        for (int i = 0; i < n; i++) {
            cellMeans[cellOf[i]] += x[i] - severities[raterOf[i]];
        }
        divide(cellMeans, cellCount);
        double residuals = 0;
        for (int i = 0; i < n; i++) {
            double e = x[i] - cellMeans[cellOf[i]] - severities[raterOf[i]];
            residuals += e * e;
        }
        int degrees = n - nonZero(cellCount) - nonZero(raterCount);
        double sigma2 = degrees >= MIN_DEGREES_OF_FREEDOM ? residuals / degrees : PRIOR_SIGMA2;
        return new Estimate(severities, cellMeans, sigma2, degrees, n);
    }

    /** {@code (L + 5 I)} of the scores, applied without forming it, and solved by preconditioned conjugate gradients. */
    private record NormalEquations(int[] cellOf, int[] raterOf, int n, double[] cellCount, double[] raterCount) {

        double[] solve(double[] b) {
            int raters = b.length;
            double[] s = new double[raters];
            double[] residual = b.clone();
            double[] z = precondition(residual);
            double[] direction = z.clone();
            double rz = dot(residual, z);
            for (int pass = 0; pass < MAX_PASSES && norm(residual) > RESIDUAL; pass++) {
                double[] applied = apply(direction);
                double step = rz / dot(direction, applied);
                for (int r = 0; r < raters; r++) {
                    s[r] += step * direction[r];
                    residual[r] -= step * applied[r];
                }
                z = precondition(residual);
                double next = dot(residual, z);
                for (int r = 0; r < raters; r++) {
                    direction[r] = z[r] + next / rz * direction[r];
                }
                rz = next;
            }
            return s;
        }

        /** (L + 5 I) v: each rater's v less the mean of v over the cell of each of their scores, plus 5 v. */
        double[] apply(double[] v) {
            double[] cellMean = new double[cellCount.length];
            for (int i = 0; i < n; i++) {
                cellMean[cellOf[i]] += v[raterOf[i]];
            }
            divide(cellMean, cellCount);
            double[] out = new double[v.length];
            for (int i = 0; i < n; i++) {
                out[raterOf[i]] += v[raterOf[i]] - cellMean[cellOf[i]];
            }
            for (int r = 0; r < v.length; r++) {
                out[r] += SHRINKAGE * v[r];
            }
            return out;
        }

        /** Divides by about the diagonal, n_r + 5: a rater with a long history moves in proportion. */
        double[] precondition(double[] residual) {
            double[] z = new double[residual.length];
            for (int r = 0; r < z.length; r++) {
                z[r] = residual[r] / (raterCount[r] + SHRINKAGE);
            }
            return z;
        }
    }

    private static void divide(double[] sums, double[] counts) {
        for (int c = 0; c < sums.length; c++) {
            sums[c] = counts[c] > 0 ? sums[c] / counts[c] : Double.NaN;
        }
    }

    private static int nonZero(double[] counts) {
        int nonZero = 0;
        for (double count : counts) {
            if (count > 0) {
                nonZero++;
            }
        }
        return nonZero;
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    private static double norm(double[] a) {
        return Math.sqrt(dot(a, a));
    }
}
