using HealthGap.Web.Results;

namespace HealthGap.Web.Tests.Results;

public sealed class IndicatorDefinitionTests
{
    [Theory]
    [InlineData("isr", 100, true, false)]
    [InlineData("proportion", 100, false, true)]
    [InlineData("dsr", 100000, false, false)]
    public void Measure_Name_TellsRatioFromPercentage(string measure, double multiplier, bool observedVsExpected, bool percentage)
    {
        var definition = new IndicatorDefinition("x", "X", "", "", "", measure, multiplier, "higher-better", null);

        Assert.Equal(observedVsExpected, definition.IsObservedVsExpected);
        Assert.Equal(percentage, definition.IsPercentage);
    }
}
