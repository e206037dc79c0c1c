package dev.dateline.extract.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageDetectorTest {
  private static final LanguageDetector DETECTOR = LanguageDetector.create();

  @Test
  void english() {
    assertThat(DETECTOR.detect("The minister said on Tuesday that the talks with the unions would continue into next week."))
        .contains("en");
  }

  @Test
  void german() {
    assertThat(DETECTOR.detect("Der Minister sagte am Dienstag, dass die Gespräche mit den Gewerkschaften in der nächsten Woche weitergehen."))
        .contains("de");
  }

  @Test
  void french() {
    assertThat(DETECTOR.detect("Le ministre a déclaré mardi que les discussions avec les syndicats se poursuivraient la semaine prochaine."))
        .contains("fr");
  }

  @Test
  void spanish() {
    assertThat(DETECTOR.detect("El ministro dijo el martes que las conversaciones con los sindicatos continuarán la próxima semana."))
        .contains("es");
  }

  @Test
  void italian() {
    assertThat(DETECTOR.detect("Il ministro ha detto martedì che i colloqui con i sindacati continueranno anche la prossima settimana."))
        .contains("it");
  }

  @Test
  void portuguese() {
    assertThat(DETECTOR.detect("O ministro disse na terça-feira que as conversas com os sindicatos vão continuar na próxima semana."))
        .contains("pt");
  }

  @Test
  void dutch() {
    assertThat(DETECTOR.detect("De minister zei dinsdag dat de gesprekken met de vakbonden volgende week worden voortgezet."))
        .contains("nl");
  }

  @Test
  void russianByCyrillicFunctionWords() {
    assertThat(DETECTOR.detect("Министр заявил во вторник, что переговоры с профсоюзами будут продолжены на следующей неделе."))
        .contains("ru");
  }

  @Test
  void ukrainianByCyrillicFunctionWords() {
    assertThat(DETECTOR.detect("Міністр заявив у вівторок, що переговори з профспілками будуть продовжені на наступному тижні, і це важливо для всіх."))
        .contains("uk");
  }

  @Test
  void arabic() {
    assertThat(DETECTOR.detect("قال الوزير يوم الثلاثاء إن المحادثات مع النقابات ستستمر في الأسبوع المقبل من أجل التوصل إلى اتفاق"))
        .contains("ar");
  }

  @Test
  void chineseByScript() {
    assertThat(DETECTOR.detect("部长周二表示，与工会的谈判将在下周继续进行，双方希望尽快达成协议。")).contains("zh");
  }

  @Test
  void japaneseByKana() {
    assertThat(DETECTOR.detect("大臣は火曜日、労働組合との協議は来週も続けられると述べました。")).contains("ja");
  }

  @Test
  void korean() {
    assertThat(DETECTOR.detect("장관은 화요일 노동조합과의 협상이 다음 주에도 계속될 것이라고 말했습니다.")).contains("ko");
  }

  @Test
  void tooShortGivesNoAnswer() {
    assertThat(DETECTOR.detect("Hello there")).isEmpty();
  }

  @Test
  void latinTextWithoutFunctionWordsGivesNoAnswer() {
    assertThat(DETECTOR.detect("Xylophone zebra quartz jumping wizards vex bold nymphs")).isEmpty();
  }

  @Test
  void finnish() {
    assertThat(DETECTOR.detect("Ministeri sanoi tiistaina, että neuvottelut ammattiliittojen kanssa jatkuvat ensi viikolla, mutta sopimusta ei ole vielä."))
        .contains("fi");
  }

  @Test
  void norwegianIsToldFromDanish() {
    assertThat(DETECTOR.detect("Ministeren sa på tirsdag at forhandlingene med fagforeningene skal fortsette etter helgen, og at det er mye igjen å gjøre."))
        .contains("no");
  }
}
