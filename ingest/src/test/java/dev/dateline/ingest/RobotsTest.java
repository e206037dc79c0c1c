package dev.dateline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RobotsTest {

  @Test
  void theLongestMatchingRuleDecides() {
    var robots = Robots.parse("User-agent: *\nDisallow: /news\nAllow: /news/public\n", "Dateline");
    assertThat(robots.allows("/news/secret")).isFalse();
    assertThat(robots.allows("/news/public/1")).isTrue();
    assertThat(robots.allows("/other")).isTrue();
  }

  @Test
  void allowWinsATieOfEqualLength() {
    var robots = Robots.parse("User-agent: *\nDisallow: /page\nAllow: /page\n", "Dateline");
    assertThat(robots.allows("/page")).isTrue();
  }

  @Test
  void aStarMatchesAnyRunOfCharacters() {
    var robots = Robots.parse("User-agent: *\nDisallow: /*/print\n", "Dateline");
    assertThat(robots.allows("/2025/06/print")).isFalse();
    assertThat(robots.allows("/2025/06/story")).isTrue();
  }

  @Test
  void aDollarAnchorsTheEnd() {
    var robots = Robots.parse("User-agent: *\nDisallow: /*.pdf$\n", "Dateline");
    assertThat(robots.allows("/a/report.pdf")).isFalse();
    assertThat(robots.allows("/a/report.pdf?x=1")).isTrue();
  }

  @Test
  void aGroupNamingTheAgentReplacesTheStarGroup() {
    var robots = Robots.parse("""
        User-agent: *
        Disallow: /

        User-agent: otherbot
        User-agent: dateline
        Disallow: /private
        """, "Dateline");
    assertThat(robots.allows("/news")).isTrue();
    assertThat(robots.allows("/private/x")).isFalse();
  }

  @Test
  void groupsForOtherAgentsDoNotApply() {
    var robots = Robots.parse("User-agent: googlebot\nDisallow: /\n", "Dateline");
    assertThat(robots.allows("/news")).isTrue();
  }

  @Test
  void anEmptyDisallowAllowsEverythingAndCommentsAreIgnored() {
    var robots = Robots.parse("# hi\nUser-agent: * # all\nDisallow:\n", "Dateline");
    assertThat(robots.allows("/anything")).isTrue();
  }

  @Test
  void rulesMatchTheQueryToo() {
    var robots = Robots.parse("User-agent: *\nDisallow: /search?q=\n", "Dateline");
    assertThat(robots.allows("/search?q=x")).isFalse();
    assertThat(robots.allows("/search")).isTrue();
  }

  @Test
  void robotsTxtItselfIsAlwaysAllowed() {
    assertThat(Robots.DISALLOW_ALL.allows("/robots.txt")).isTrue();
    assertThat(Robots.DISALLOW_ALL.allows("/")).isFalse();
  }

  @Test
  void aByteOrderMarkDoesNotHideTheFirstGroup() {
    var robots = Robots.parse("\uFEFFUser-agent: *\nDisallow: /x\n", "Dateline");
    assertThat(robots.allows("/x")).isFalse();
  }
}
