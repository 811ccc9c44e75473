package nc.provincenord.pilotage.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import nc.provincenord.pilotage.security.DirectoryCaches;
import nc.provincenord.pilotage.security.VerifiedCredentials;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.identity.UserQuery;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.IdentityProviderException;
import org.camunda.bpm.engine.impl.identity.ReadOnlyIdentityProvider;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Issue 15: a directory (LDAP) that cannot answer writes no mail, as before the recipients were kept, and
 * keeps nothing: the next mail asks the directory again and reaches the members.
 */
class DirectoryDownTest {

  private static final Duration REFRESH = Duration.ofSeconds(30);

  private final CommandContext command = mock(CommandContext.class);
  private final ReadOnlyIdentityProvider identity = mock(ReadOnlyIdentityProvider.class);
  private final UserQuery members = mock(UserQuery.class, RETURNS_SELF);
  @SuppressWarnings("unchecked")
  private final Directory directory = new Directory(mock(ObjectProvider.class),
      new DirectoryCaches(new VerifiedCredentials(REFRESH), REFRESH));

  @BeforeEach
  void aStepRunning() throws Exception {
    when(command.runWithoutAuthorization(any(Callable.class))).thenAnswer(call -> call.<Callable<?>>getArgument(0).call());
    when(command.getReadOnlyIdentityProvider()).thenReturn(identity);
    when(identity.createUserQuery(command)).thenReturn(members);
    Context.setCommandContext(command);
  }

  @AfterEach
  void stepEnded() {
    Context.removeCommandContext();
  }

  @Test
  void aDirectoryDownWritesNoMailAndTheNextMailAsksAgain() {
    User cdp = new UserEntity("cdp");
    cdp.setEmail("cdp@demo.province-nord.nc");
    when(members.list()).thenThrow(new IdentityProviderException("LDAP injoignable")).thenReturn(List.of(cdp));

    assertThat(directory.members("chefs-de-projet")).as("directory down: nobody to mail").isEmpty();
    assertThat(directory.members("chefs-de-projet")).extracting(User::getEmail).containsExactly("cdp@demo.province-nord.nc");
    assertThat(directory.members("chefs-de-projet")).extracting(User::getEmail).containsExactly("cdp@demo.province-nord.nc");
    verify(members, times(2)).list();
  }
}
