// Templates as an operator writes them: variables filled, unknown or empty ones flagged.
#include "TestSupport.h"

#include "console/TemplateRenderer.h"

using namespace Qt::StringLiterals;
using fd::core::TemplateRenderer;
using Kind = TemplateRenderer::Problem::Kind;

TEST_CASE("Template variables are filled from the conversation", "[templates]")
{
    TemplateRenderer r;
    r.set(u"author.name"_s, u"Анна Петрова"_s);
    r.set(u"author.handle"_s, u"anna_p"_s);
    r.set(u"operator.name"_s, u"Ирина"_s);
    const auto out =
        r.render(u"Здравствуйте, {author.name} (@{author.handle})! Это {operator.name}."_s);
    CHECK(out.ok());
    CHECK(out.text == u"Здравствуйте, Анна Петрова (@anna_p)! Это Ирина."_s);
}

TEST_CASE("Unknown and empty variables are flagged and left as written", "[templates]")
{
    TemplateRenderer r;
    r.set(u"author.name"_s, u"Emma"_s);
    r.set(u"author.city"_s, u"  "_s);
    const auto out =
        r.render(u"Hi {author.name}, how is {author.city}? {autor.name} {post.text}"_s);
    CHECK_FALSE(out.ok());
    REQUIRE(out.problems.size() == 3);
    CHECK(out.problems[0].kind == Kind::Empty);
    CHECK(out.problems[0].variable == u"author.city"_s);
    CHECK(out.problems[1].kind == Kind::Unknown);
    CHECK(out.problems[1].variable == u"autor.name"_s);
    CHECK(out.problems[2].kind == Kind::Empty); // known, but this conversation has no post
    CHECK(out.problems[2].variable == u"post.text"_s);
    CHECK(out.text == u"Hi Emma, how is {author.city}? {autor.name} {post.text}"_s);
}

TEST_CASE("Braces that are not variables stay plain text", "[templates]")
{
    TemplateRenderer r;
    r.set(u"x"_s, u"1"_s);
    CHECK(r.render(u"{{x}} { x } {} {x"_s).text == u"{x} { x } {} {x"_s);
    CHECK(r.render(u"{x}}}"_s).text == u"1}"_s);
    CHECK(r.render(QString()).text.isEmpty());
    // A value is never read as a template itself.
    r.set(u"author.name"_s, u"{operator.name}"_s);
    const auto out = r.render(u"{author.name}"_s);
    CHECK(out.ok());
    CHECK(out.text == u"{operator.name}"_s);
}

TEST_CASE("The variable being typed is found for completion", "[templates]")
{
    CHECK(TemplateRenderer::partialVariableAt(u"Hi {auth"_s, 8) == u"auth"_s);
    CHECK(TemplateRenderer::partialVariableAt(u"Hi {"_s, 4) == u""_s);
    CHECK_FALSE(TemplateRenderer::partialVariableAt(u"Hi auth"_s, 7));
    CHECK_FALSE(TemplateRenderer::partialVariableAt(u"Hi {{auth"_s, 9));
    CHECK_FALSE(TemplateRenderer::partialVariableAt(u"Hi {x} y"_s, 8));
    CHECK(TemplateRenderer::knownVariables().contains(u"post.text"_s));
}
