using ZhuwaGen.Tourism.Cms.Media;
using ZhuwaGen.Tourism.Cms.Media.Management;

namespace ZhuwaGen.Tourism.Tests.Media;

public sealed class MediaProblemsTests
{
    [Theory]
    [InlineData(MediaOperationStatus.FileTooLarge, 413)]
    [InlineData(MediaOperationStatus.UnsupportedFileType, 415)]
    [InlineData(MediaOperationStatus.InvalidImage, 400)]
    [InlineData(MediaOperationStatus.NotFound, 404)]
    [InlineData(MediaOperationStatus.DuplicateName, 409)]
    [InlineData(MediaOperationStatus.InvalidFocalPoint, 400)]
    public void Upload_and_edit_statuses_become_problem_details_with_the_right_status(MediaOperationStatus status, int expected)
    {
        var problem = MediaProblems.For(status);

        Assert.Equal(expected, problem.StatusCode);
        Assert.False(string.IsNullOrEmpty(problem.ProblemDetails.Title));
    }

    [Fact]
    public void Every_failure_status_has_its_own_answer()
    {
        var failures = Enum.GetValues<MediaOperationStatus>().Where(s => s != MediaOperationStatus.Success);

        Assert.All(failures, s => Assert.NotEqual(500, MediaProblems.For(s).StatusCode));
        Assert.Equal(415, MediaProblems.NotMultipart().StatusCode);
    }
}
