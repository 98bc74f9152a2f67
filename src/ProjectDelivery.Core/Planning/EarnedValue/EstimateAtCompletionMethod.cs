namespace ProjectDelivery.Planning.EarnedValue;

/// <summary>The standard ways of forecasting the estimate at completion (EAC).</summary>
/// <remarks>PMI Practice Standard for Earned Value Management, 2nd ed. (2011), chapter on forecasting; PMBOK Guide, 6th ed., §7.4.2.2.</remarks>
public enum EstimateAtCompletionMethod
{
    /// <summary><c>EAC = BAC / CPI</c>: the remaining work continues at the cumulative cost efficiency. Undefined while CPI is undefined or zero.</summary>
    CumulativeCpi = 0,

    /// <summary><c>EAC = AC + (BAC − EV)</c>: the remaining work is done at the budgeted rate. Always defined.</summary>
    AtBudgetedRate = 1,

    /// <summary><c>EAC = AC + (BAC − EV) / (CPI × SPI)</c>: cost and schedule efficiency both weigh on the remaining work.</summary>
    CpiTimesSpi = 2,

    /// <summary><c>EAC = AC + (BAC − EV) / (w × CPI + (1 − w) × SPI)</c>: a weighted (composite) index; <c>w</c> is <see cref="EarnedValueOptions.CompositeCpiWeight"/>.</summary>
    Composite = 3,

    /// <summary><c>EAC = AC + ETC</c> with a bottom-up estimate to complete from the account managers. Undefined when none was given.</summary>
    BottomUp = 4,
}
