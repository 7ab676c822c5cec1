using Rasd.Stages.Dates;

namespace Rasd.Tests.Stages;

public sealed class PublicationDateTests
{
    [Fact]
    public void A_dateline_in_arabic_indic_digits_fixes_the_day() =>
        Assert.Equal("2023-03-12", Analysis.Record("محادثات في موسكو\n\n١٢ مارس ٢٠٢٣\n\nبدأت المحادثات صباح اليوم.").Published);

    [Fact]
    public void Levantine_month_names_read_like_the_egyptian_series() =>
        Assert.Equal("2021-02-05", Analysis.Record("محادثات في موسكو\n\n5 شباط 2021\n\nبدأت المحادثات.").Published);

    [Fact]
    public void Today_with_a_full_date_fixes_the_day() =>
        Assert.Equal("2019-09-03", Analysis.Record("أعلن الوزير ذلك اليوم الثلاثاء 3 سبتمبر/أيلول 2019 في مؤتمر صحفي.").Published);

    [Fact]
    public void Yesterday_with_a_weekday_and_no_year_takes_the_first_fitting_year_after_the_latest_past_year()
    {
        // 9 March fell on a Thursday in 2017 and 2023; the latest past year named is 2016, so 2017 and today is Friday the 10th.
        var record = Analysis.Record("وجاء ذلك يوم أمس الخميس 9 آذار/ مارس في مؤتمر صحفي. وكانت التجارة قد نمت في 2016 بنسبة كبيرة.");
        Assert.Equal("2017-03-10", record.Published);
    }

    [Fact]
    public void A_year_naming_an_event_is_no_past_year_for_the_anchor()
    {
        // مونديال 2022 may lie ahead; the latest past year is still 2016, so the Thursday 9 March is in 2017.
        var record = Analysis.Record("وجاء ذلك يوم أمس الخميس 9 آذار/ مارس في مؤتمر صحفي عن استعدادات مونديال 2022. وكانت التجارة قد نمت في 2016 بنسبة كبيرة.");
        Assert.Equal("2017-03-10", record.Published);
    }

    [Fact]
    public void A_weekday_date_without_any_year_in_the_text_stays_null() =>
        Assert.Null(Analysis.Record("وجاء ذلك يوم أمس الخميس 9 آذار/ مارس في مؤتمر صحفي.").Published);

    [Fact]
    public void Current_month_with_the_latest_past_year_gives_month_grain()
    {
        var record = Analysis.Record("وصل الوفد إلى بيشكيك في زيارة تستمر حتى 20 مارس الجاري. وبلغت التجارة رقما قياسيا في 2023، ومن المقرر افتتاح المصنع بحلول مايو 2026.");
        Assert.Equal("2023-03", record.Published);
    }

    [Fact]
    public void A_dateline_without_a_year_and_no_year_in_the_text_is_null() =>
        Assert.Null(Analysis.Record("عنوان الخبر\n\nطشقند ، أوزبكستان (03/05 – 11.20). قال المسؤول إن العمل مستمر.").Published);

    [Fact]
    public void A_supplied_date_wins() =>
        Assert.Equal("2020-01-01", Analysis.Record("محادثات في موسكو\n\n١٢ مارس ٢٠٢٣\n\nبدأت المحادثات.", published: "2020-01-01").Published);

    [Theory]
    [InlineData(16, 7, DayOfWeek.Thursday, -1, 2019, "2020-07-17")]
    [InlineData(16, 7, DayOfWeek.Thursday, 0, 2019, "2020-07-16")]
    [InlineData(29, 2, DayOfWeek.Thursday, 0, 2020, "2024-02-29")]
    public void Anchored_days_follow_the_calendar(int day, int month, DayOfWeek weekday, int offset, int latest, string expected) =>
        Assert.Equal(expected, PublicationDateStage.AnchoredDay(day, month, null, weekday, offset, latest));
}
