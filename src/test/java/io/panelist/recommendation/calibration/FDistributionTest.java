package io.panelist.recommendation.calibration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * F(0.975; d1, d2), the upper 2.5% points of the F distribution, against printed tables and closed forms.
 * Printed: the two decimals of a standard table of F(alpha = 0.025), such as Montgomery, Design and Analysis of
 * Experiments, Appendix "Percentage points of the F distribution", F_0.025. Such tables skip d1 = 18 (their columns
 * go 15, 20), so F(0.975; 18, 5), which the Shrout and Fleiss example needs, is there only as its four decimals
 * rounded. The four decimals are scipy.stats.f.ppf(0.975, d1, d2) (SciPy 1.17.1); the Shrout and Fleiss pair also
 * from mpmath's incomplete beta at 40 digits inverted by bisection: 3.38196780587524 and 6.36188320465435.
 */
class FDistributionTest {

    @ParameterizedTest(name = "F(0.975; {0}, {1}) = {2} (table {3})")
    @CsvSource({
            // d1, d2, four decimals, as printed
            "1, 1, 647.7890, 647.8",
            "1, 2, 38.5063, 38.51",
            "1, 10, 6.9367, 6.94",
            "2, 20, 4.4613, 4.46",
            "3, 12, 4.4742, 4.47",
            "4, 30, 3.2499, 3.25",
            "5, 10, 4.2361, 4.24",
            "5, 18, 3.3820, 3.38",
            "10, 10, 3.7168, 3.72",
            "10, 120, 2.1570, 2.16",
            "12, 3, 14.3366, 14.34",
            "15, 5, 6.4277, 6.43",
            "18, 5, 6.3619, 6.36",
            "20, 5, 6.3286, 6.33",
            "20, 20, 2.4645, 2.46",
            "120, 120, 1.4327, 1.43"})
    void upperTwoAndAHalfPercentPointsMatchThePrintedTable(int d1, int d2, double fourDecimals, double printed) {
        double quantile = FDistribution.quantile(0.975, d1, d2);

        assertThat(quantile).isCloseTo(fourDecimals, within(0.00005));
        assertThat(quantile).isCloseTo(printed, within(printed >= 100 ? 0.05 : 0.005));
        assertThat(FDistribution.cdf(quantile, d1, d2)).isCloseTo(0.975, within(1e-10));
    }

    @Test
    void closedFormsAgreeToTenDigits() {
        // d1 = 2: P(F <= f) = 1 - (1 + 2 f / d2)^(-d2 / 2), so F(p; 2, d2) = d2 / 2 ((1 - p)^(-2 / d2) - 1);
        // F(0.975; 2, 1) = (0.025^-2 - 1) / 2 = (1600 - 1) / 2 = 799.5 exactly.
        assertThat(FDistribution.quantile(0.975, 2, 1)).isCloseTo(799.5, within(799.5 * 1e-10));
        assertThat(FDistribution.quantile(0.975, 2, 7))
                .isCloseTo(3.5 * (Math.pow(0.025, -2.0 / 7) - 1), within(1e-10));
        // d1 = d2 = 1: F is the square of a t with 1 degree of freedom (Cauchy): F(0.975; 1, 1) = tan(0.975 pi / 2)^2.
        double cauchy = Math.pow(Math.tan(0.975 * Math.PI / 2), 2);
        assertThat(FDistribution.quantile(0.975, 1, 1)).isCloseTo(cauchy, within(cauchy * 1e-10));
        // F(p; d1, d2) = 1 / F(1 - p; d2, d1)
        assertThat(FDistribution.quantile(0.975, 5, 18) * FDistribution.quantile(0.025, 18, 5))
                .isCloseTo(1, within(1e-10));
    }

    @Test
    void theDegreesOfFreedomOfALargePositionAreWithinReach() {
        // scipy.stats.f.ppf(0.975, d1, d2): 1.0900284731226864, 1.0282674136084693, 1.0286579746324007
        assertThat(FDistribution.quantile(0.975, 1000, 100_000)).isCloseTo(1.0900284731, within(1e-8));
        assertThat(FDistribution.quantile(0.975, 9999, 400_000)).isCloseTo(1.0282674136, within(1e-8));
        assertThat(FDistribution.quantile(0.975, 400_000, 9999)).isCloseTo(1.0286579746, within(1e-8));
    }

    @Test
    void theDistributionFunctionAtKnownPoints() {
        // F(1; 1, 1) is the median of the square of a Cauchy: 1/2. scipy.stats.f.cdf(3.0, 5, 18) = 0.961572534388663.
        assertThat(FDistribution.cdf(1, 1, 1)).isCloseTo(0.5, within(1e-12));
        assertThat(FDistribution.cdf(3, 5, 18)).isCloseTo(0.961572534388663, within(1e-12));
        assertThat(FDistribution.cdf(0, 5, 18)).isZero();
        assertThat(FDistribution.cdf(Double.POSITIVE_INFINITY, 5, 18)).isEqualTo(1);
    }

    @Test
    void logGammaAtKnownPoints() {
        // ln Gamma(1/2) = ln sqrt(pi); ln Gamma(10) = ln 9!; mpmath.loggamma(100.5) and (200000.5) at 30 digits.
        assertThat(IncompleteBeta.logGamma(0.5)).isCloseTo(0.5 * Math.log(Math.PI), within(1e-14));
        assertThat(IncompleteBeta.logGamma(10)).isCloseTo(Math.log(362_880), within(1e-13));
        assertThat(IncompleteBeta.logGamma(100.5)).isCloseTo(361.435540467777621, within(1e-11));
        assertThat(IncompleteBeta.logGamma(200_000.5)).isCloseTo(2241215.44804435962, within(1e-8));
        assertThat(IncompleteBeta.logGamma(1e-3)).isCloseTo(6.90717888538385366, within(1e-12));
    }

    @Test
    void aQuantileOutsideTheOpenUnitIntervalOrWithoutDegreesOfFreedomIsRefused() {
        assertThatThrownBy(() -> FDistribution.quantile(1, 5, 18)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FDistribution.quantile(0, 5, 18)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FDistribution.quantile(0.975, 0, 18)).isInstanceOf(IllegalArgumentException.class);
    }
}
